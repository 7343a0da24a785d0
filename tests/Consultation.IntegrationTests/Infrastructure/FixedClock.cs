namespace Consultation.IntegrationTests.Infrastructure;

/// <summary>A clock stopped at one instant, for rules that depend on the date (due dates, "not in the future").</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
