namespace Consultation.Web.Features.Feeds;

/// <summary>A feed offered on a page: its address and the string key of its title, for the head link and the visible list.</summary>
public sealed record FeedLink(string Path, string TitleKey)
{
    public static readonly IReadOnlyList<FeedLink> Consultations =
    [
        new("/feeds/consultations/new.xml", "feeds.consultations.New"),
        new("/feeds/consultations/closing-soon.xml", "feeds.consultations.ClosingSoon"),
        new("/feeds/consultations/closed.xml", "feeds.consultations.Closed"),
        new("/feeds/reports.xml", "feeds.reports"),
    ];

    public static readonly IReadOnlyList<FeedLink> Decisions = [new("/feeds/decisions.xml", "feeds.decisions")];

    public static IReadOnlyList<FeedLink> All => [.. Consultations, .. Decisions];
}
