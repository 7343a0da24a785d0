using System.Text.RegularExpressions;

namespace Consultation.IntegrationTests.Infrastructure;

/// <summary>
/// The review endpoint (<c>/admin/review/{kind}/{id}/{move}</c>) for an item's back-office page, so tests can press the
/// review box's buttons by the page they are on.
/// </summary>
public static partial class ReviewUrl
{
    public static string For(string page, string move, string? publication = null)
    {
        var m = AdminPage().Match(page);
        if (!m.Success) throw new ArgumentException($"Not a reviewed item's page: {page}", nameof(page));
        var kind = (m.Groups["section"].Value, m.Groups["report"].Success) switch
        {
            ("articles", _) => "article",
            ("consultations", true) => "report",
            ("consultations", false) => "consultation",
            ("policies", _) => "policy",
            ("evaluations", _) => "evaluation",
            ("decisions", _) => "decision",
            ("catalog", _) => "catalog",
            ("work-points", _) => "workpoint",
            ("messages", _) => "message",
            ("responses", _) => "response",
            ("meetings", _) => $"meeting-{publication ?? throw new ArgumentNullException(nameof(publication))}",
            _ => throw new ArgumentException($"Not a reviewed item's page: {page}", nameof(page)),
        };
        return $"/admin/review/{kind}/{m.Groups["id"].Value}/{move}";
    }

    [GeneratedRegex(@"^/admin/(?<section>[a-z-]+)/(?<id>\d+)(?<report>/report)?$")]
    private static partial Regex AdminPage();
}
