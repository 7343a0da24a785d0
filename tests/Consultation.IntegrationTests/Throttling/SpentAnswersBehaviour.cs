using System.Net.Http.Json;
using Consultation.Infrastructure.Captcha;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Throttling;

/// <summary>
/// A spent proof-of-work answer stays spent for every node on the same database, and after a restart; the difficulty
/// rises when challenges are asked for faster than people fill in forms.
/// </summary>
public abstract class SpentAnswersBehaviour
{
    protected abstract DatabaseUnderTest? NewDatabase();

    private static Task<CaptchaResult> VerifyOn(SiteFactory site, string answer) =>
        site.Services.GetRequiredService<ICaptchaVerifier>().VerifyAsync(answer, "203.0.113.5", "comment", CancellationToken.None);

    [SkippableFact]
    public async Task A_spent_answer_is_refused_after_a_restart_and_on_another_node_of_the_same_database()
    {
        var database = NewDatabase();
        Skip.If(database is null, $"PostgreSQL not available: {DatabaseUnderTest.PostgresVariable} is not set.");
        string answer;
        using (var first = new SiteFactory(database, dropOnDispose: false))
        {
            answer = await ProofOfWorkSolver.SolveFromAsync(first.CreatePlainClient());
            Assert.True((await VerifyOn(first, answer)).Ok);
        }

        using var restarted = new SiteFactory(database, dropOnDispose: false);
        using var otherNode = new SiteFactory(database);
        Assert.Equal(CaptchaFailure.Replayed, (await VerifyOn(restarted, answer)).FailureKey);
        Assert.Equal(CaptchaFailure.Replayed, (await VerifyOn(otherNode, answer)).FailureKey);
        // A fresh answer is still accepted once, on whichever node sees it first.
        var fresh = await ProofOfWorkSolver.SolveFromAsync(restarted.CreatePlainClient());
        Assert.True((await VerifyOn(otherNode, fresh)).Ok);
        Assert.Equal(CaptchaFailure.Replayed, (await VerifyOn(restarted, fresh)).FailureKey);
    }

    [SkippableFact]
    public async Task Challenges_get_harder_when_they_are_asked_for_faster_than_the_configured_rate()
    {
        var database = NewDatabase();
        Skip.If(database is null, $"PostgreSQL not available: {DatabaseUnderTest.PostgresVariable} is not set.");
        using var site = new SiteFactory(database, settings: new()
        {
            ["Captcha:ProofOfWork:MaxNumber"] = "1000",
            ["Captcha:ProofOfWork:LoadThresholdPerMinute"] = "5",
            ["Captcha:ProofOfWork:LoadMultiplier"] = "20",
        });
        var client = site.CreatePlainClient();

        var maxima = new List<long>();
        for (var i = 0; i < 8; i++) maxima.Add((await client.GetFromJsonAsync<ProofOfWorkChallenge>("/captcha/challenge"))!.MaxNumber);

        Assert.Equal([1000L, 1000L, 1000L, 1000L, 1000L], maxima[..5]);
        Assert.All(maxima[5..], m => Assert.Equal(20_000L, m));
        // The harder challenge is a genuine one: solved and accepted like any other.
        Assert.True((await VerifyOn(site, await ProofOfWorkSolver.SolveFromAsync(client))).Ok);
    }
}
