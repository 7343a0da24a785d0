namespace Consultation.Infrastructure.Feeds;

/// <summary>The <c>Feeds</c> section: how near its close an open consultation counts as closing soon, and how many entries a feed lists.</summary>
public sealed class FeedOptions
{
    public int ClosingSoonDays { get; set; } = 7;

    public int Entries { get; set; } = 50;
}
