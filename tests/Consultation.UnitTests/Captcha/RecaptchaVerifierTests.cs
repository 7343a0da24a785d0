using Consultation.Infrastructure.Captcha;
using Microsoft.Extensions.Logging.Abstractions;
using static Consultation.UnitTests.Captcha.CaptchaParts;

namespace Consultation.UnitTests.Captcha;

public sealed class RecaptchaVerifierTests : IAsyncLifetime
{
    private const string Token = "03AFcWeA-token-from-the-widget";
    private const string SiteHost = "yjzj.example.gov.cn";
    private readonly ManualClock _clock = new(Start);
    private readonly HttpClient _http = new();
    private readonly SingleUseTokens _spent;
    private FakeSiteverify _google = null!;
    private RecaptchaVerifier _verifier = null!;

    public RecaptchaVerifierTests() => _spent = Spent(_clock);

    public async Task InitializeAsync()
    {
        _google = await FakeSiteverify.StartAsync();
        _verifier = VerifierFor(_google.Host);
    }

    public async Task DisposeAsync()
    {
        await _google.DisposeAsync();
        _http.Dispose();
    }

    private RecaptchaVerifier VerifierFor(string host) => new(_http, Settings(o =>
    {
        o.Provider = CaptchaOptions.RecaptchaProvider;
        o.Recaptcha.Host = host;
        o.Recaptcha.SiteKey = "site-key";
        o.Recaptcha.Secret = "server-secret";
        o.Recaptcha.AllowedHostnames = [SiteHost];
    }), _spent, _clock, NullLogger<RecaptchaVerifier>.Instance);

    private Task<CaptchaResult> Verify(string token = Token, RecaptchaVerifier? verifier = null) =>
        (verifier ?? _verifier).VerifyAsync(token, "203.0.113.7", "comment", CancellationToken.None);

    [Fact]
    public async Task A_fresh_human_answer_passes_and_the_request_carries_secret_token_and_address()
    {
        _google.Answers(solvedAt: _clock.Now.AddSeconds(-20));

        Assert.True((await Verify()).Ok);
        var posted = Assert.Single(_google.Requests);
        Assert.Equal("server-secret", posted["secret"]);
        Assert.Equal(Token, posted["response"]);
        Assert.Equal("203.0.113.7", posted["remoteip"]);
    }

    [Fact]
    public async Task A_score_below_the_threshold_is_refused()
    {
        _google.Answers(score: 0.3, solvedAt: _clock.Now);

        Assert.Equal(CaptchaFailure.LowScore, (await Verify()).FailureKey);
    }

    [Fact]
    public async Task A_token_solved_for_another_action_is_refused()
    {
        _google.Answers(action: "login", solvedAt: _clock.Now);

        Assert.Equal(CaptchaFailure.WrongAction, (await Verify()).FailureKey);
    }

    [Fact]
    public async Task A_token_solved_on_another_site_is_refused()
    {
        _google.Answers(hostname: "spam.example.com", solvedAt: _clock.Now);

        Assert.Equal(CaptchaFailure.WrongHostname, (await Verify()).FailureKey);
    }

    [Fact]
    public async Task A_challenge_solved_more_than_two_minutes_ago_is_refused()
    {
        _google.Answers(solvedAt: _clock.Now.AddMinutes(-3));

        Assert.Equal(CaptchaFailure.Expired, (await Verify()).FailureKey);
    }

    [Fact]
    public async Task A_token_is_accepted_once_and_its_replay_never_reaches_Google()
    {
        _google.Answers(solvedAt: _clock.Now);

        Assert.True((await Verify()).Ok);
        Assert.Equal(CaptchaFailure.Replayed, (await Verify()).FailureKey);
        Assert.Single(_google.Requests);
    }

    [Fact]
    public async Task A_v2_answer_without_score_or_action_passes_on_hostname_and_age()
    {
        _google.Answers(score: null, action: null, solvedAt: _clock.Now);

        Assert.True((await Verify()).Ok);
    }

    [Fact]
    public async Task Google_refusing_a_stale_or_used_token_asks_the_reader_to_solve_a_fresh_one()
    {
        _google.Answers(success: false, errorCodes: ["timeout-or-duplicate"]);

        Assert.Equal(CaptchaFailure.Expired, (await Verify()).FailureKey);
    }

    [Fact]
    public async Task A_wrong_site_secret_reads_as_unavailable_not_as_the_readers_fault()
    {
        _google.Answers(success: false, errorCodes: ["invalid-input-secret"]);

        Assert.Equal(CaptchaFailure.Unavailable, (await Verify()).FailureKey);
    }

    [Fact]
    public async Task A_server_error_reads_as_unavailable()
    {
        _google.StatusCode = 503;

        Assert.Equal(CaptchaFailure.Unavailable, (await Verify()).FailureKey);
    }

    [Fact]
    public async Task An_unreachable_endpoint_reads_as_unavailable_and_leaves_the_token_usable()
    {
        var host = _google.Host;
        await _google.DisposeAsync();
        var offline = VerifierFor(host);

        Assert.Equal(CaptchaFailure.Unavailable, (await Verify(verifier: offline)).FailureKey);

        _google = await FakeSiteverify.StartAsync();
        _google.Answers(solvedAt: _clock.Now);
        Assert.True((await Verify(verifier: VerifierFor(_google.Host))).Ok);
    }

    [Fact]
    public async Task A_missing_token_is_refused_without_asking_Google()
    {
        Assert.Equal(CaptchaFailure.Missing, (await _verifier.VerifyAsync(null, "203.0.113.7", "comment", CancellationToken.None)).FailureKey);
        Assert.Empty(_google.Requests);
    }
}
