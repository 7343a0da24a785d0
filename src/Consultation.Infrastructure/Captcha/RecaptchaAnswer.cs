using System.Text.Json.Serialization;

namespace Consultation.Infrastructure.Captcha;

/// <summary>The JSON that Google's <c>siteverify</c> returns. <see cref="Score"/> and <see cref="Action"/> come only from v3.</summary>
internal sealed record RecaptchaAnswer(
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("score")] double? Score,
    [property: JsonPropertyName("action")] string? Action,
    [property: JsonPropertyName("challenge_ts")] DateTimeOffset? ChallengeTimestamp,
    [property: JsonPropertyName("hostname")] string? Hostname,
    [property: JsonPropertyName("error-codes")] string[]? ErrorCodes);
