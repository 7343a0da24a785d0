using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Consultation.Infrastructure.Captcha;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Captcha;

public sealed class CaptchaChallengeTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static Task<CaptchaResult> Verify(IServiceProvider services, string answer) =>
        services.GetRequiredService<ICaptchaVerifier>().VerifyAsync(answer, "127.0.0.1", "comment", CancellationToken.None);

    [Fact]
    public async Task The_challenge_is_signed_with_the_site_key_expires_in_ten_minutes_and_is_never_cached()
    {
        var response = await site.Factory.CreatePlainClient().GetAsync("/captcha/challenge");
        var challenge = (await response.Content.ReadFromJsonAsync<ProofOfWorkChallenge>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal("SHA-256", challenge.Algorithm);
        var expires = DateTimeOffset.FromUnixTimeSeconds(
            long.Parse(Regex.Match(challenge.Salt, @"\?expires=(\d+)&$").Groups[1].Value));
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        using var scope = site.Factory.Services.CreateScope();
        var key = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().Set<SiteSecret>().Find("captcha-hmac")!.Value;
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(challenge.Challenge))),
            challenge.Signature);
    }

    [Fact]
    public async Task A_solved_challenge_is_accepted_by_the_site_exactly_once()
    {
        var answer = await ProofOfWorkSolver.SolveFromAsync(site.Factory.CreatePlainClient());

        Assert.True((await Verify(site.Factory.Services, answer)).Ok);
        Assert.Equal(CaptchaFailure.Replayed, (await Verify(site.Factory.Services, answer)).FailureKey);
    }

    [Fact]
    public async Task By_default_the_site_loads_scripts_and_frames_from_itself_only()
    {
        var home = await site.Factory.CreatePlainClient().GetAsync("/");

        var csp = string.Join(";", home.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-src 'self';", csp);
    }
}
