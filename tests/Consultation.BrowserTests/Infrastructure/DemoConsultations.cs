namespace Consultation.BrowserTests.Infrastructure;

/// <summary>The consultations of the demo data: one open for comment (pre-moderated), one closed, one decided.</summary>
public static class DemoConsultations
{
    public const string OpenSlug = "public-participation-rules";
    public const string OpenTitle = "山东省教育厅重大行政决策公众参与工作规定（征求意见稿）";
    public const string ClosedSlug = "policy-interpretation-measures";
    public const string ClosedTitle = "山东省教育厅政策解读工作办法（征求意见稿）";
    /// <summary>The 2025 decision carried through to its result: report, redline and meeting record are public.</summary>
    public const string DecidedSlug = "disclosure-on-request-measures";

    public static string OpenPath => $"/consultations/{OpenSlug}";
    public static string ClosedPath => $"/consultations/{ClosedSlug}";

    /// <summary>Something no other test writes, so a comment can be found again among the others.</summary>
    public static string Unique(string text) => $"{text}（{Guid.NewGuid().ToString("N")[..8]}）";
}
