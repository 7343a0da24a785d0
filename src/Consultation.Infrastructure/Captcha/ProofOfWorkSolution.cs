using System.Text.Json.Serialization;

namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// What the browser sends back, base64-encoded JSON in the form's <c>captcha</c> field: the challenge as received plus
/// the number found. The same shape the Altcha widget submits, so either solver works.
/// </summary>
public sealed record ProofOfWorkSolution(
    [property: JsonPropertyName("algorithm")] string Algorithm,
    [property: JsonPropertyName("challenge")] string Challenge,
    [property: JsonPropertyName("number")] long Number,
    [property: JsonPropertyName("salt")] string Salt,
    [property: JsonPropertyName("signature")] string Signature);
