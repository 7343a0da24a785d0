using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Consultation.LoadGenerator;

/// <summary>
/// The browser's proof-of-work (<c>wwwroot/js/pow.js</c>): fetch a challenge from <c>/captcha/challenge</c>, find n with
/// SHA-256(salt + n) = challenge, post the base64 JSON of the challenge plus n in the form's <c>captcha</c> field.
/// </summary>
public static class ProofOfWork
{
    public static async Task<string> SolveAsync(HttpClient client, CancellationToken ct)
    {
        var challenge = await client.GetFromJsonAsync<Challenge>("/captcha/challenge", ct)
                        ?? throw new InvalidOperationException("No challenge.");
        var number = Find(challenge);
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Solution(
            challenge.Algorithm, challenge.Value, number, challenge.Salt, challenge.Signature)));
    }

    private static long Find(Challenge challenge)
    {
        Span<byte> hash = stackalloc byte[32];
        for (long n = 0; n <= challenge.MaxNumber; n++)
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(challenge.Salt + n.ToString(CultureInfo.InvariantCulture)), hash);
            if (Convert.ToHexStringLower(hash) == challenge.Value) return n;
        }
        throw new InvalidOperationException("The challenge has no solution up to its maxnumber.");
    }

    private sealed record Challenge(
        [property: JsonPropertyName("algorithm")] string Algorithm,
        [property: JsonPropertyName("challenge")] string Value,
        [property: JsonPropertyName("maxnumber")] long MaxNumber,
        [property: JsonPropertyName("salt")] string Salt,
        [property: JsonPropertyName("signature")] string Signature);

    private sealed record Solution(
        [property: JsonPropertyName("algorithm")] string Algorithm,
        [property: JsonPropertyName("challenge")] string Challenge,
        [property: JsonPropertyName("number")] long Number,
        [property: JsonPropertyName("salt")] string Salt,
        [property: JsonPropertyName("signature")] string Signature);
}
