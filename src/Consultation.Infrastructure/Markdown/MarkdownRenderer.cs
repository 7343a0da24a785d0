using Ganss.Xss;
using Markdig;

namespace Consultation.Infrastructure.Markdown;

/// <summary>
/// Turns editor Markdown into safe HTML: Markdig with raw HTML disabled, then HtmlSanitizer as a second wall, so
/// neither a Markdown trick nor a Markdig bug can put script on a public page.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoIdentifiers()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToSafeHtml(string? markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown ?? "", _pipeline);
        return _sanitizer.Sanitize(html);
    }

    /// <summary>The text a reader sees, without Markdown marks: what the search index holds and snippets show.</summary>
    public string ToPlainText(string? markdown) =>
        Markdig.Markdown.ToPlainText(markdown ?? "", _pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        // Inline styles would be blocked by the CSP anyway; dropping them keeps pages consistent in elder mode.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Add("id");
        return sanitizer;
    }
}
