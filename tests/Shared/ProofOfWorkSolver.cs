using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Consultation.Infrastructure.Captcha;

namespace Consultation.Tests;

/// <summary>
/// Solves proof-of-work challenges the way <c>wwwroot/js/pow.js</c> does in the browser, for tests that submit
/// forms guarded by the captcha. Linked into the unit and integration test projects from <c>tests/Shared</c>.
/// </summary>
public static class ProofOfWorkSolver
{
    /// <summary>Fetches a challenge from the site and returns the value for the form's <c>captcha</c> field.</summary>
    public static async Task<string> SolveFromAsync(HttpClient client) =>
        Solve((await client.GetFromJsonAsync<ProofOfWorkChallenge>("/captcha/challenge"))!);

    public static string Solve(ProofOfWorkChallenge challenge) => Payload(challenge, FindNumber(challenge));

    /// <summary>The base64 JSON the browser posts, here with any number (tests use it to send wrong ones).</summary>
    public static string Payload(ProofOfWorkChallenge challenge, long number) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new ProofOfWorkSolution(
            challenge.Algorithm, challenge.Challenge, number, challenge.Salt, challenge.Signature)));

    public static long FindNumber(ProofOfWorkChallenge challenge)
    {
        for (long n = 0; n <= challenge.MaxNumber; n++)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(challenge.Salt + n.ToString(CultureInfo.InvariantCulture)));
            if (Convert.ToHexStringLower(hash) == challenge.Challenge) return n;
        }
        throw new InvalidOperationException("The challenge has no solution up to its maxnumber.");
    }
}
