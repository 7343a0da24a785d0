using Consultation.Infrastructure.Captcha;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Consultation.UnitTests.Captcha;

/// <summary>The pieces a verifier needs, in memory: a fixed key, a hand-moved clock and a fresh spent-token cache.</summary>
internal static class CaptchaParts
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static IOptions<CaptchaOptions> Settings(Action<CaptchaOptions>? change = null)
    {
        var settings = new CaptchaOptions();
        change?.Invoke(settings);
        return Options.Create(settings);
    }

    public static SingleUseTokens Spent(TimeProvider clock) =>
        new(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())), clock);

    public static ProofOfWorkCaptcha ProofOfWork(ManualClock clock, byte[]? key = null, IOptions<CaptchaOptions>? settings = null) =>
        new(new FixedKey(key ?? "test-key-test-key-test-key-32b!!"u8.ToArray()), settings ?? Settings(), Spent(clock), clock);

    private sealed class FixedKey(byte[] key) : ICaptchaKeySource
    {
        public byte[] Key => key;
    }
}
