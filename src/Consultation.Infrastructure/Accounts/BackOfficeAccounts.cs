using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Accounts;

/// <summary>
/// Back-office account administration through <see cref="UserManager{TUser}"/>, guarded by <see cref="AccountRules"/>.
/// Every refusal is a <see cref="DomainException"/> thrown before anything is written. Generated passwords are
/// returned to the caller once and never logged or stored in clear. Every change and every sign-in is an audit line
/// (subject <c>account</c>) in the hash chain, so account administration leaves evidence like content does.
/// </summary>
public sealed class BackOfficeAccounts(ConsultationDbContext db, UserManager<BackOfficeUser> users, TimeProvider clock)
{
    public sealed record UserRow(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles,
        DateTimeOffset? LockedUntil, int FailedAttempts);

    public sealed record IssuedPassword(string UserId, string UserName, string Password);

    public const int MaxDisplayNameLength = 60;

    /// <summary>
    /// An administrator's lock lasts until lifted. A fixed far date rather than <see cref="DateTimeOffset.MaxValue"/>,
    /// which some providers treat as "infinity" and which overflows when converted to other offsets.
    /// </summary>
    public static readonly DateTimeOffset LockedUntilUnlocked = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Task<List<UserRow>> ListAsync(CancellationToken ct = default) => RowsAsync(null, ct);

    public async Task<UserRow?> FindAsync(string id, CancellationToken ct = default) =>
        (await RowsAsync(id, ct)).SingleOrDefault();

    private async Task<List<UserRow>> RowsAsync(string? id, CancellationToken ct)
    {
        var people = await db.Users.AsNoTracking().Where(u => id == null || u.Id == id).OrderBy(u => u.UserName)
            .ToListAsync(ct);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where id == null || ur.UserId == id
                           select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var rolesOf = roles.ToLookup(r => r.UserId, r => r.Name!);
        var now = clock.GetUtcNow();
        return people.Select(u => new UserRow(u.Id, u.UserName ?? "", u.DisplayName,
                rolesOf[u.Id].OrderBy(r => IndexOfRole(r)).ToList(),
                u.LockoutEnd is { } end && end > now ? end : null, u.AccessFailedCount))
            .ToList();
    }

    /// <summary>Creates the account with a random initial password, returned once for the administrator to hand over.</summary>
    public async Task<IssuedPassword> CreateAsync(Actor actor, string? userName, string? displayName,
        IEnumerable<string>? roles)
    {
        var name = AccountRules.NormaliseUserName(userName);
        var display = CheckDisplayName(displayName);
        var chosen = AccountRules.CheckRoles(roles);
        // Checked here so the reader gets our message; Identity's own unique check below still guards a race.
        if (await users.FindByNameAsync(name) is not null) throw new DomainException("users.name_taken");

        var password = PasswordGenerator.Generate();
        var user = new BackOfficeUser { UserName = name, DisplayName = display };
        await using var transaction = await db.Database.BeginTransactionAsync();
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRolesAsync(user, chosen.OrderBy(IndexOfRole)));
        await AuditAsync(actor, "account_create", user, "", Roles(chosen), null);
        await transaction.CommitAsync();
        return new IssuedPassword(user.Id, name, password);
    }

    public async Task ChangeAsync(Actor actor, string targetId, string? displayName, IEnumerable<string>? roles)
    {
        var actorId = actor.UserId;
        var user = await users.FindByIdAsync(targetId) ?? throw new DomainException("users.not_found");
        var display = CheckDisplayName(displayName);
        var chosen = AccountRules.CheckRoles(roles);
        var current = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
        AccountRules.CheckRoleChange(actorId, targetId, current.Contains(BackOfficeRoles.Administrator), chosen,
            await OtherActiveAdministratorsAsync(targetId));

        await using var transaction = await db.Database.BeginTransactionAsync();
        var removed = current.Except(chosen).ToList();
        var added = chosen.Except(current).OrderBy(IndexOfRole).ToList();
        if (removed.Count > 0) Check(await users.RemoveFromRolesAsync(user, removed));
        if (added.Count > 0) Check(await users.AddToRolesAsync(user, added));
        user.DisplayName = display;
        Check(await users.UpdateAsync(user));
        // A new stamp makes the person's other sessions pick up the new roles (or lose them) at the next check.
        if (removed.Count > 0 || added.Count > 0)
        {
            Check(await users.UpdateSecurityStampAsync(user));
            await AuditAsync(actor, "account_roles", user, Roles(current), Roles(chosen), null);
        }
        await transaction.CommitAsync();
    }

    /// <summary>Replaces the password with a new random one, returned once; the reset also ends the person's sessions.</summary>
    public async Task<IssuedPassword> ResetPasswordAsync(Actor actor, string targetId)
    {
        var user = await users.FindByIdAsync(targetId) ?? throw new DomainException("users.not_found");
        var password = PasswordGenerator.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await using var transaction = await db.Database.BeginTransactionAsync();
        Check(await users.ResetPasswordAsync(user, token, password));
        await AuditAsync(actor, "password_reset", user, "", Roles(await users.GetRolesAsync(user)), null);
        await transaction.CommitAsync();
        return new IssuedPassword(user.Id, user.UserName ?? "", password);
    }

    /// <summary>
    /// For a lost phone (and lost recovery codes): turns the authenticator off and replaces its key (a new security
    /// stamp, so open sessions end at their next check). A reviewer or administrator sets up a new one at next sign-in.
    /// </summary>
    public async Task ResetSecondFactorAsync(Actor actor, string targetId)
    {
        var user = await users.FindByIdAsync(targetId) ?? throw new DomainException("users.not_found");
        await using var transaction = await db.Database.BeginTransactionAsync();
        Check(await users.SetTwoFactorEnabledAsync(user, false));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        await AuditAsync(actor, "second_factor_reset", user, "TOTP", "", null);
        await transaction.CommitAsync();
    }

    /// <summary>Locks until unlocked by an administrator (not a timed lockout).</summary>
    public async Task LockAsync(Actor actor, string targetId)
    {
        var user = await users.FindByIdAsync(targetId) ?? throw new DomainException("users.not_found");
        AccountRules.CheckLock(actor.UserId, targetId, await users.IsInRoleAsync(user, BackOfficeRoles.Administrator),
            await OtherActiveAdministratorsAsync(targetId));
        await using var transaction = await db.Database.BeginTransactionAsync();
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, LockedUntilUnlocked));
        Check(await users.UpdateSecurityStampAsync(user));
        await AuditAsync(actor, "lock", user, "Active", "Locked", null);
        await transaction.CommitAsync();
    }

    /// <summary>Lifts both an administrator's lock and a lockout after failed sign-ins.</summary>
    public async Task UnlockAsync(Actor actor, string targetId)
    {
        var user = await users.FindByIdAsync(targetId) ?? throw new DomainException("users.not_found");
        await using var transaction = await db.Database.BeginTransactionAsync();
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await AuditAsync(actor, "unlock", user, "Locked", "Active", null);
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Records a sign-in attempt: who (the account when the name exists, else the name as typed, shortened) and the
    /// outcome. Never the password.
    /// </summary>
    /// <remarks>
    /// A right password with the authenticator still to come is <c>sign_in_password_ok</c>; a refused authenticator or
    /// recovery code (<paramref name="secondFactor"/>) is <c>sign_in_code_failed</c>.
    /// </remarks>
    public async Task RecordSignInAsync(string? typedName, SignInResult result, bool secondFactor = false,
        CancellationToken ct = default)
    {
        var name = (typedName ?? "").Trim();
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        var outcome = result.Succeeded ? "sign_in"
            : result.RequiresTwoFactor ? "sign_in_password_ok"
            : result.IsLockedOut ? "sign_in_locked_out"
            : secondFactor ? "sign_in_code_failed"
            : "sign_in_failed";
        var shown = name.Length > AccountRules.MaxUserNameLength ? name[..AccountRules.MaxUserNameLength] : name;
        db.AuditEntries.Add(AuditEntry.Of(clock.GetUtcNow(), user?.Id ?? "", user?.UserName ?? shown, "account",
            user?.Id ?? "", user?.UserName ?? shown, outcome, "", user is null ? "UnknownUser" : "", 0, "", null));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The person confirmed an authenticator app: their second factor is on from now.</summary>
    public Task RecordSecondFactorEnrolledAsync(BackOfficeUser user) => AuditAsync(Self(user), "second_factor_enrolled", user,
        "", "TOTP", null);

    /// <summary>The person changed their own password (never the password itself).</summary>
    public Task RecordPasswordChangedAsync(BackOfficeUser user) => AuditAsync(Self(user), "password_change", user, "", "", null);

    private static Actor Self(BackOfficeUser user) => new(user.Id, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName ?? "",
        new HashSet<string>());

    /// <summary>Password resets an administrator made for reviewers since <paramref name="since"/>, newest first.</summary>
    public Task<List<AuditEntry>> ReviewerPasswordResetsAsync(DateTimeOffset since, CancellationToken ct = default) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectType == "account" && e.Action == "password_reset" && e.At >= since
                        && (e.ToState.Contains(BackOfficeRoles.FirstReviewer) || e.ToState.Contains(BackOfficeRoles.SecondReviewer)
                            || e.ToState.Contains(BackOfficeRoles.FinalReviewer)))
            .OrderByDescending(e => e.Id).ToListAsync(ct);

    private async Task AuditAsync(Actor actor, string action, BackOfficeUser target, string from, string to,
        string? comment)
    {
        db.AuditEntries.Add(AuditEntry.Of(clock.GetUtcNow(), actor.UserId, actor.DisplayName, "account", target.Id,
            target.UserName ?? "", action, from, to, 0, "", comment));
        await db.SaveChangesAsync();
    }

    private static string Roles(IEnumerable<string> roles) => string.Join(",", roles.OrderBy(IndexOfRole));

    /// <summary>Administrators other than <paramref name="exceptUserId"/> who can sign in now (not locked).</summary>
    public Task<int> OtherActiveAdministratorsAsync(string exceptUserId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return (from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where r.Name == BackOfficeRoles.Administrator && u.Id != exceptUserId
                      && (u.LockoutEnd == null || u.LockoutEnd <= now)
                select u.Id).Distinct().CountAsync(ct);
    }

    private static string CheckDisplayName(string? displayName)
    {
        var display = (displayName ?? "").Trim();
        if (display.Length == 0) throw new DomainException("users.display_name_required");
        if (display.Length > MaxDisplayNameLength) throw new DomainException("users.display_name_too_long", MaxDisplayNameLength);
        return display;
    }

    private static int IndexOfRole(string role)
    {
        var index = BackOfficeRoles.All.ToList().IndexOf(role);
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>Maps Identity's refusals to our message keys; its English descriptions never reach the reader.</summary>
    private static void Check(IdentityResult result)
    {
        if (result.Succeeded) return;
        var codes = result.Errors.Select(e => e.Code).ToList();
        if (codes.Contains(nameof(IdentityErrorDescriber.DuplicateUserName))) throw new DomainException("users.name_taken");
        if (codes.Contains(nameof(IdentityErrorDescriber.InvalidUserName)))
            throw new DomainException("users.name_invalid", AccountRules.MinUserNameLength, AccountRules.MaxUserNameLength);
        throw new InvalidOperationException("Identity refused the change: " + string.Join(", ", codes));
    }
}
