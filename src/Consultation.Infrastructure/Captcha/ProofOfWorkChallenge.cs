using System.Text.Json.Serialization;

namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// A challenge as the browser receives it, in the Altcha format: find the number n ≤ <see cref="MaxNumber"/> for which
/// SHA-256(<see cref="Salt"/> + n) in hex equals <see cref="Challenge"/>. <see cref="Signature"/> is the server's
/// HMAC-SHA256 of the challenge, so the server keeps no state between issuing and checking.
/// </summary>
public sealed record ProofOfWorkChallenge(
    [property: JsonPropertyName("algorithm")] string Algorithm,
    [property: JsonPropertyName("challenge")] string Challenge,
    [property: JsonPropertyName("maxnumber")] long MaxNumber,
    [property: JsonPropertyName("salt")] string Salt,
    [property: JsonPropertyName("signature")] string Signature);
