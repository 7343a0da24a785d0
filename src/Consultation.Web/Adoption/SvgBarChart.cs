using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Consultation.Web.Adoption;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: a title and description for screen readers, every bar labelled
/// with its value in text (not colour alone), and no script. Pages put the same numbers in a table beside it.
/// </summary>
public static class SvgBarChart
{
    private const int LabelWidth = 150;
    private const int BarArea = 420;
    private const int RowHeight = 28;

    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<(string Label, int Value)> rows)
    {
        var enc = HtmlEncoder.Default;
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Value));
        var height = Math.Max(1, rows.Count) * RowHeight + 10;
        var width = LabelWidth + BarArea + 60;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{enc.Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{enc.Encode(description)}</desc>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value) = rows[i];
            var y = i * RowHeight + 5;
            var barWidth = (int)Math.Round((double)value / max * BarArea);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" text-anchor=\"end\" class=\"chart-label\">{enc.Encode(Shorten(label))}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{Math.Max(barWidth, 1)}\" height=\"{RowHeight - 10}\" class=\"chart-bar\" />");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth + barWidth + 6}\" y=\"{y + 18}\" class=\"chart-value\">{value}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Shorten(string label) => label.Length <= 9 ? label : label[..8] + "…";
}
