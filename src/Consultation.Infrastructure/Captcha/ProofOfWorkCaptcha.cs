using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// The default anti-automation: a self-hosted, Altcha-compatible proof-of-work. The browser spends a moment of CPU
/// instead of the reader solving a picture puzzle, so screen-reader and elderly users pass unaided and nothing is
/// loaded from another host. Issuing is stateless (the challenge is signed); only spent challenges are remembered.
/// </summary>
public sealed class ProofOfWorkCaptcha(ICaptchaKeySource key, IOptions<CaptchaOptions> options, SingleUseTokens spent,
    ChallengeLoad load, TimeProvider clock) : ICaptchaVerifier
{
    public const string Algorithm = "SHA-256";

    // A genuine payload is about 300 characters; refuse anything far larger before decoding it.
    private const int MaxResponseLength = 2048;

    public ProofOfWorkChallenge CreateChallenge()
    {
        var settings = options.Value.ProofOfWork;
        var expires = clock.GetUtcNow().AddMinutes(settings.LifetimeMinutes).ToUnixTimeSeconds();
        // Expiry travels in the salt, as Altcha does, so it is bound by the signed hash. The closing '&' stops digits
        // being moved between salt and number ("…expires=17"+"99" and "…expires=179"+"9" would hash alike).
        var salt = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}?expires={expires}&";
        var maxNumber = load.MaxNumberFor(settings);
        var number = RandomNumberGenerator.GetInt32(0, maxNumber + 1);
        var challenge = HashHex(salt, number);
        return new ProofOfWorkChallenge(Algorithm, challenge, maxNumber, salt, Sign(challenge));
    }

    public Task<CaptchaResult> VerifyAsync(string? response, string remoteIp, string expectedAction,
        CancellationToken ct) => SpendNowAsync(Check(response), ct);

    public Task<CaptchaResult> VerifyForOwnTransactionAsync(string? response, string remoteIp,
        string expectedAction, CancellationToken ct)
    {
        var result = Check(response);
        return spent.CanSpendInTransaction ? Task.FromResult(result) : SpendNowAsync(result, ct);
    }

    private async Task<CaptchaResult> SpendNowAsync(CaptchaResult result, CancellationToken ct)
    {
        if (result.Spend is not { } spend) return result;
        return await spent.TryConsumeAsync(spend, ct) ? CaptchaResult.Passed : CaptchaResult.Failed(CaptchaFailure.Replayed);
    }

    /// <summary>Everything but the spent-answer store: passed with the answer to spend, or why not.</summary>
    private CaptchaResult Check(string? response)
    {
        if (string.IsNullOrWhiteSpace(response)) return CaptchaResult.Failed(CaptchaFailure.Missing);
        var solution = Decode(response);
        if (solution is null || solution.Algorithm != Algorithm || solution.Number < 0 || !solution.Salt.EndsWith('&'))
            return CaptchaResult.Failed(CaptchaFailure.Invalid);
        // Signature first: it proves this server issued the challenge; the hash then binds salt (and expiry) to it.
        if (!SameText(Sign(solution.Challenge), solution.Signature) ||
            !SameText(HashHex(solution.Salt, solution.Number), solution.Challenge))
            return CaptchaResult.Failed(CaptchaFailure.Invalid);
        if (ExpiryOf(solution.Salt) is not { } expires) return CaptchaResult.Failed(CaptchaFailure.Invalid);
        if (clock.GetUtcNow() >= expires) return CaptchaResult.Failed(CaptchaFailure.Expired);
        return CaptchaResult.PassedUnspent(spent.SpendOf("pow:" + solution.Challenge, expires));
    }

    private static ProofOfWorkSolution? Decode(string response)
    {
        if (response.Length > MaxResponseLength) return null;
        try
        {
            var json = Convert.FromBase64String(response.Trim());
            var solution = JsonSerializer.Deserialize<ProofOfWorkSolution>(json);
            return solution is { Algorithm: not null, Challenge: not null, Salt: not null, Signature: not null }
                ? solution
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads <c>expires</c> (Unix seconds) from the salt's parameters; a challenge without one is not ours.</summary>
    private static DateTimeOffset? ExpiryOf(string salt)
    {
        var query = salt.IndexOf('?', StringComparison.Ordinal);
        if (query < 0) return null;
        foreach (var pair in salt[(query + 1)..].Split('&'))
        {
            if (pair.StartsWith("expires=", StringComparison.Ordinal) &&
                long.TryParse(pair["expires=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) &&
                seconds < 253_402_300_800) // year 10000: beyond DateTimeOffset
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        return null;
    }

    private static string HashHex(string salt, long number) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + number.ToString(CultureInfo.InvariantCulture))));

    private string Sign(string challenge) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key.Key, Encoding.UTF8.GetBytes(challenge)));

    /// <summary>Constant-time, so response timing says nothing about how much of a forged value was right.</summary>
    private static bool SameText(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
