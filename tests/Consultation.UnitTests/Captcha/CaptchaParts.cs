using Consultation.Infrastructure.Captcha;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Redis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.UnitTests.Captcha;

/// <summary>
/// The pieces a verifier needs, in memory: a fixed key, a hand-moved clock and a fresh spent-answer table (an in-memory
/// SQLite database, the store a single node uses without Redis).
/// </summary>
internal static class CaptchaParts
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static IOptions<CaptchaOptions> Settings(Action<CaptchaOptions>? change = null)
    {
        var settings = new CaptchaOptions();
        change?.Invoke(settings);
        return Options.Create(settings);
    }

    public static SingleUseTokens Spent(TimeProvider clock)
    {
        // Kept open for the provider's lifetime: an in-memory SQLite database lives as long as a connection to it.
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var services = new ServiceCollection()
            .AddDbContext<ConsultationDbContext>(o => o.UseSqlite(connection))
            .BuildServiceProvider();
        using (var scope = services.CreateScope())
            scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().Database.EnsureCreated();
        return new SingleUseTokens(services.GetRequiredService<IServiceScopeFactory>(),
            new SharedRedis(new ConfigurationBuilder().Build()), clock);
    }

    public static ProofOfWorkCaptcha ProofOfWork(ManualClock clock, byte[]? key = null, IOptions<CaptchaOptions>? settings = null) =>
        new(new FixedKey(key ?? "test-key-test-key-test-key-32b!!"u8.ToArray()), settings ?? Settings(), Spent(clock),
            new ChallengeLoad(clock), clock);

    private sealed class FixedKey(byte[] key) : ICaptchaKeySource
    {
        public byte[] Key => key;
    }
}
