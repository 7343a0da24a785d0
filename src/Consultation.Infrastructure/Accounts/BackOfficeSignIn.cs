using System.Security.Claims;
using System.Text;
using Consultation.Core;
using Consultation.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace Consultation.Infrastructure.Accounts;

/// <summary>
/// Signing in to the back office: the password, then for reviewers and administrators an authenticator code (TOTP),
/// set up on their first sign-in. Between the two steps the person holds only Identity's short two-factor cookie, never
/// the back-office cookie. Every refusal looks the same from outside: unknown names and locked accounts pay for one
/// password hash like a real attempt, so neither the answer nor its timing says which it was.
/// </summary>
public sealed class BackOfficeSignIn(SignInManager<BackOfficeUser> signIn, BackOfficeAccounts accounts,
    IPasswordHasher<BackOfficeUser> hasher, IConfiguration configuration)
{
    public const int RecoveryCodeCount = 10;

    private static readonly BackOfficeUser Nobody = new() { UserName = "nobody" };
    private static string? _nobodysHash;

    private UserManager<BackOfficeUser> Users => signIn.UserManager;

    public async Task<SignInStep> PasswordAsync(string userName, string password)
    {
        var user = await Users.FindByNameAsync(userName.Trim());
        if (user is null || await Users.IsLockedOutAsync(user))
        {
            _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
        }
        var result = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            await accounts.RecordSignInAsync(userName, result);
            return SignInStep.Refused;
        }
        var step = user!.TwoFactorEnabled ? SignInStep.CodeNeeded
            : AccountRules.RequiresSecondFactor(await Users.GetRolesAsync(user)) ? SignInStep.EnrolmentNeeded
            : SignInStep.SignedIn;
        await accounts.RecordSignInAsync(userName, step == SignInStep.SignedIn ? SignInResult.Success : SignInResult.TwoFactorRequired);
        if (step == SignInStep.SignedIn) await signIn.SignInAsync(user, isPersistent: false);
        else await RememberPasswordStepAsync(user);
        return step;
    }

    /// <summary>The authenticator code (six digits) or one of the recovery codes, after the password.</summary>
    public async Task<SignInStep> CodeAsync(string code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null || !user.TwoFactorEnabled) return SignInStep.Expired;
        var typed = (code ?? "").Trim();
        var result = typed.All(c => char.IsAsciiDigit(c) || c is ' ' or '-')
            ? await signIn.TwoFactorAuthenticatorSignInAsync(Digits(typed), isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(typed.ToUpperInvariant());
        await accounts.RecordSignInAsync(user.UserName, result, secondFactor: true);
        return result.Succeeded ? SignInStep.SignedIn : SignInStep.Refused;
    }

    /// <summary>The key to set up, made on first use and kept until confirmed, for the person between the two steps.</summary>
    public async Task<AuthenticatorSetup?> SetupAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.TwoFactorEnabled) return null;
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            key = await Users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        }
        var issuer = configuration["Identity:AuthenticatorIssuer"] is { Length: > 0 } configured ? configured : "Consultation";
        var name = user.UserName ?? "";
        var address = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(name)}" +
                      $"?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
        return new AuthenticatorSetup(name, Grouped(key), address);
    }

    /// <summary>
    /// Confirms the authenticator with a code from it, turns the second factor on, signs the person in and returns the
    /// recovery codes, shown once. A wrong code counts towards the lockout like a wrong password.
    /// </summary>
    public async Task<Enrolment> EnrolAsync(string code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.TwoFactorEnabled) return new Enrolment(SignInStep.Expired, []);
        if (await Users.IsLockedOutAsync(user)
            || !await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, Digits(code)))
        {
            await Users.AccessFailedAsync(user);
            await accounts.RecordSignInAsync(user.UserName, SignInResult.Failed, secondFactor: true);
            return new Enrolment(SignInStep.Refused, []);
        }
        await Users.SetTwoFactorEnabledAsync(user, true);
        await Users.ResetAccessFailedCountAsync(user);
        var codes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await accounts.RecordSecondFactorEnrolledAsync(user);
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        return new Enrolment(SignInStep.SignedIn, codes);
    }

    /// <summary>
    /// The signed-in person's own password: the current one, then a new one that meets the rules. A wrong current
    /// password counts towards the lockout, so a forgotten open session cannot be used to guess it.
    /// </summary>
    public async Task ChangePasswordAsync(ClaimsPrincipal principal, string current, string next)
    {
        var user = await Users.GetUserAsync(principal) ?? throw new DomainException("users.not_found");
        if (current == next) throw new DomainException("password.same");
        var result = await Users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            var error = result.Errors.First();
            if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) await Users.AccessFailedAsync(user);
            throw PasswordRefusal(error.Code);
        }
        await accounts.RecordPasswordChangedAsync(user);
        await signIn.RefreshSignInAsync(user);
    }

    private DomainException PasswordRefusal(string code) => code switch
    {
        nameof(IdentityErrorDescriber.PasswordMismatch) => new DomainException("password.current_wrong"),
        nameof(IdentityErrorDescriber.PasswordTooShort) => new DomainException("password.too_short", Users.Options.Password.RequiredLength),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) =>
            new DomainException("password.unique_chars", Users.Options.Password.RequiredUniqueChars),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new DomainException("password.requires_digit"),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => new DomainException("password.requires_lower"),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => new DomainException("password.requires_upper"),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => new DomainException("password.requires_symbol"),
        _ => new DomainException("password.refused"),
    };

    /// <summary>The claim shape Identity's own two-factor cookie has, so its code and recovery-code steps read it.</summary>
    private Task RememberPasswordStepAsync(BackOfficeUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        return signIn.Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Digits only: apps show "123 456", people type "123-456".</summary>
    private static string Digits(string code) => new((code ?? "").Where(char.IsAsciiDigit).ToArray());

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }
}
