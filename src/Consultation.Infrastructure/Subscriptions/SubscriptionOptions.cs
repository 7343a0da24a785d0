namespace Consultation.Infrastructure.Subscriptions;

/// <summary>The <c>Subscriptions</c> section.</summary>
public sealed class SubscriptionOptions
{
    /// <summary>
    /// 「即将截止」 goes out this many <b>calendar</b> days before a consultation closes: the window itself is counted in
    /// calendar days (<c>Consultations:MinimumWindowDays</c>), so its reminder is too.
    /// </summary>
    public int ClosingSoonDays { get; set; } = 3;

    /// <summary>A confirmation link works this many days.</summary>
    public int ConfirmationValidDays { get; set; } = 7;

    /// <summary>A second request for the same pending subscription within this many minutes sends no second mail.</summary>
    public int ResendAfterMinutes { get; set; } = 10;

    /// <summary>Time-based notices older than this are not sent any more (a site that was down does not mail old news).</summary>
    public int NoticeLookbackDays { get; set; } = 7;

    /// <summary>How often each node compares consultation windows with the clock.</summary>
    public int WindowCheckIntervalSeconds { get; set; } = 300;
}
