namespace Consultation.IntegrationTests.Meetings;

/// <summary>A clock the test moves forward, so one test can publish a call before a meeting and its record after.</summary>
internal sealed class MovableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;
}
