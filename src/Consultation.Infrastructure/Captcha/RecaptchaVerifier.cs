using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// Optional Google reCAPTCHA (v2 or v3) for operators who choose it. Google's word is not taken alone: the answer must
/// also come from this site's host names, be fresh, match the form's action and score, and be used only once. When
/// the verification API cannot be reached the reader gets a "try again later" message, never an error page.
/// </summary>
public sealed class RecaptchaVerifier(HttpClient http, IOptions<CaptchaOptions> options, SingleUseTokens spent,
    TimeProvider clock, ILogger<RecaptchaVerifier> logger) : ICaptchaVerifier
{
    // Google's tokens run to about 2 000 characters; anything far longer is not one.
    private const int MaxTokenLength = 8192;

    private RecaptchaOptions Settings => options.Value.Recaptcha;

    /// <summary>Google has seen the token once it is verified, so it is spent at once whatever the caller does.</summary>
    public Task<CaptchaResult> VerifyForOwnTransactionAsync(string? response, string remoteIp, string expectedAction,
        CancellationToken ct) => VerifyAsync(response, remoteIp, expectedAction, ct);

    public async Task<CaptchaResult> VerifyAsync(string? response, string remoteIp, string expectedAction,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(response)) return CaptchaResult.Failed(CaptchaFailure.Missing);
        if (response.Length > MaxTokenLength) return CaptchaResult.Failed(CaptchaFailure.Invalid);
        // A spent token is refused here, without asking Google again.
        if (await spent.WasUsedAsync(response, ct)) return CaptchaResult.Failed(CaptchaFailure.Replayed);

        var answer = await AskAsync(response, remoteIp, ct);
        if (answer is null) return CaptchaResult.Failed(CaptchaFailure.Unavailable);
        var verdict = Judge(answer, expectedAction);
        // Google has now seen the token, so it is spent whatever the verdict; only a network failure leaves it usable.
        var keepUntil = clock.GetUtcNow().AddSeconds(Settings.MaxChallengeAgeSeconds);
        var first = await spent.TryConsumeAsync(response, keepUntil, ct);
        if (!verdict.Ok) return verdict;
        return first ? CaptchaResult.Passed : CaptchaResult.Failed(CaptchaFailure.Replayed);
    }

    private CaptchaResult Judge(RecaptchaAnswer answer, string expectedAction)
    {
        if (!answer.Success) return FailureFrom(answer.ErrorCodes ?? []);
        if (answer.Hostname is null ||
            !Settings.AllowedHostnames.Contains(answer.Hostname, StringComparer.OrdinalIgnoreCase))
            return CaptchaResult.Failed(CaptchaFailure.WrongHostname);
        if (answer.ChallengeTimestamp is not { } solvedAt) return CaptchaResult.Failed(CaptchaFailure.Invalid);
        if (clock.GetUtcNow() - solvedAt > TimeSpan.FromSeconds(Settings.MaxChallengeAgeSeconds))
            return CaptchaResult.Failed(CaptchaFailure.Expired);
        // v2 answers carry no score and no action; only v3 answers are held to them.
        if (answer.Score is not { } score) return CaptchaResult.Passed;
        if (!string.Equals(answer.Action, expectedAction, StringComparison.Ordinal))
            return CaptchaResult.Failed(CaptchaFailure.WrongAction);
        return score >= Settings.MinimumScore ? CaptchaResult.Passed : CaptchaResult.Failed(CaptchaFailure.LowScore);
    }

    private CaptchaResult FailureFrom(string[] errorCodes)
    {
        // Google says "too old or already used" in one code; for the reader both mean: solve a fresh one.
        if (errorCodes.Contains("timeout-or-duplicate")) return CaptchaResult.Failed(CaptchaFailure.Expired);
        if (errorCodes.Any(c => c is "missing-input-secret" or "invalid-input-secret" or "bad-request"))
        {
            // The site's own configuration is wrong; nothing the reader does will help, so say "later" and tell staff.
            logger.LogError("reCAPTCHA refused the site's request: {ErrorCodes}", string.Join(", ", errorCodes));
            return CaptchaResult.Failed(CaptchaFailure.Unavailable);
        }
        return CaptchaResult.Failed(CaptchaFailure.Invalid);
    }

    private async Task<RecaptchaAnswer?> AskAsync(string token, string remoteIp, CancellationToken ct)
    {
        var fields = new Dictionary<string, string> { ["secret"] = Settings.Secret, ["response"] = token };
        if (!string.IsNullOrWhiteSpace(remoteIp)) fields["remoteip"] = remoteIp;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(Settings.TimeoutSeconds));
        try
        {
            using var content = new FormUrlEncodedContent(fields);
            using var reply = await http.PostAsync(Settings.VerificationEndpoint, content, timeout.Token);
            if (!reply.IsSuccessStatusCode)
            {
                logger.LogWarning("reCAPTCHA verification answered {Status}", (int)reply.StatusCode);
                return null;
            }
            return await reply.Content.ReadFromJsonAsync<RecaptchaAnswer>(timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException ||
                                  (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogWarning(e, "reCAPTCHA verification at {Host} could not be reached", Settings.Origin.Host);
            return null;
        }
    }
}
