using System.Text;
using Lucene.Net.Search.Highlight;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Encodes document text for the highlighter: the five characters that mean something in HTML become entities, all
/// else (Chinese included) stays readable. The only markup in a snippet is then the highlighter's own <c>mark</c>.
/// </summary>
public sealed class HtmlText : IEncoder
{
    public string EncodeText(string originalText) => Encode(originalText);

    public static string Encode(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return html.ToString();
    }
}
