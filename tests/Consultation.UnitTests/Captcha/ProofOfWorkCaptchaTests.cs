using System.Text;
using System.Text.RegularExpressions;
using Consultation.Infrastructure.Captcha;
using Consultation.Tests;
using static Consultation.UnitTests.Captcha.CaptchaParts;

namespace Consultation.UnitTests.Captcha;

public sealed class ProofOfWorkCaptchaTests
{
    private readonly ManualClock _clock = new(Start);

    private ProofOfWorkCaptcha Captcha { get; }

    public ProofOfWorkCaptchaTests() => Captcha = ProofOfWork(_clock);

    private Task<CaptchaResult> Verify(string? answer) => Captcha.VerifyAsync(answer, "127.0.0.1", "comment", CancellationToken.None);

    [Fact]
    public void A_challenge_has_the_Altcha_shape_with_its_expiry_in_the_salt()
    {
        var challenge = Captcha.CreateChallenge();

        Assert.Equal("SHA-256", challenge.Algorithm);
        Assert.Equal(50_000, challenge.MaxNumber);
        Assert.Matches("^[0-9a-f]{64}$", challenge.Challenge);
        Assert.Matches("^[0-9a-f]{64}$", challenge.Signature);
        var expires = long.Parse(Regex.Match(challenge.Salt, @"^[0-9a-f]{24}\?expires=(\d+)&$").Groups[1].Value);
        Assert.Equal(Start.AddMinutes(10).ToUnixTimeSeconds(), expires);
    }

    [Fact]
    public async Task A_solved_challenge_passes_once_and_its_replay_is_refused()
    {
        var answer = ProofOfWorkSolver.Solve(Captcha.CreateChallenge());

        Assert.True((await Verify(answer)).Ok);
        Assert.Equal(CaptchaFailure.Replayed, (await Verify(answer)).FailureKey);
    }

    [Fact]
    public async Task A_slow_reader_still_passes_nine_minutes_later()
    {
        var answer = ProofOfWorkSolver.Solve(Captcha.CreateChallenge());
        _clock.Advance(TimeSpan.FromMinutes(9));

        Assert.True((await Verify(answer)).Ok);
    }

    [Fact]
    public async Task An_expired_challenge_is_refused()
    {
        var answer = ProofOfWorkSolver.Solve(Captcha.CreateChallenge());
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(CaptchaFailure.Expired, (await Verify(answer)).FailureKey);
    }

    [Fact]
    public async Task A_tampered_signature_is_refused()
    {
        var challenge = Captcha.CreateChallenge();
        var forged = challenge with { Signature = challenge.Signature[..^1] + (challenge.Signature[^1] == '0' ? '1' : '0') };

        Assert.Equal(CaptchaFailure.Invalid, (await Verify(ProofOfWorkSolver.Solve(forged))).FailureKey);
    }

    [Fact]
    public async Task A_challenge_signed_with_another_key_is_refused()
    {
        var elsewhere = ProofOfWork(_clock, "another-site-another-site-key!!!"u8.ToArray());

        var answer = ProofOfWorkSolver.Solve(elsewhere.CreateChallenge());

        Assert.Equal(CaptchaFailure.Invalid, (await Verify(answer)).FailureKey);
    }

    [Fact]
    public async Task A_wrong_number_is_refused()
    {
        var challenge = Captcha.CreateChallenge();
        var wrong = ProofOfWorkSolver.FindNumber(challenge) + 1;

        Assert.Equal(CaptchaFailure.Invalid, (await Verify(ProofOfWorkSolver.Payload(challenge, wrong))).FailureKey);
    }

    [Fact]
    public async Task A_salt_with_a_later_expiry_no_longer_matches_its_signed_challenge()
    {
        var challenge = Captcha.CreateChallenge();
        var number = ProofOfWorkSolver.FindNumber(challenge);
        _clock.Advance(TimeSpan.FromMinutes(11));
        var later = challenge with { Salt = Regex.Replace(challenge.Salt, @"expires=\d+", $"expires={_clock.Now.AddHours(1).ToUnixTimeSeconds()}") };

        Assert.Equal(CaptchaFailure.Invalid, (await Verify(ProofOfWorkSolver.Payload(later, number))).FailureKey);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_missing_answer_is_refused(string? answer) =>
        Assert.Equal(CaptchaFailure.Missing, (await Verify(answer)).FailureKey);

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("eyJhbGdvcml0aG0iOiJTSEEtMjU2In0=")] // {"algorithm":"SHA-256"}
    public async Task Garbage_is_refused_as_invalid(string answer) =>
        Assert.Equal(CaptchaFailure.Invalid, (await Verify(answer)).FailureKey);

    [Fact]
    public async Task An_oversized_answer_is_refused_without_decoding()
    {
        var huge = Convert.ToBase64String(Encoding.UTF8.GetBytes(new string('x', 4000)));

        Assert.Equal(CaptchaFailure.Invalid, (await Verify(huge)).FailureKey);
    }
}
