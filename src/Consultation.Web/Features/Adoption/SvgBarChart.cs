using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Consultation.Web.Features.Adoption;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: a title and description for screen readers, every bar labelled
/// with its value in text (not colour alone), and no script. Pages put the same numbers in a table beside it.
/// Positions are percentages of the chart's width and there is no viewBox, so on a phone the bars get shorter while
/// the text keeps its size (a scaled viewBox shrank 14px labels to about 8px at 390px wide).
/// </summary>
public static class SvgBarChart
{
    private const int RowHeight = 28;
    /// <summary>Labels end here (right-aligned); bars start at <see cref="BarStart"/> and are at most <see cref="BarArea"/> long, in % of the width.</summary>
    private const double LabelEnd = 29;
    private const double BarStart = 30;
    private const double BarArea = 58;
    /// <summary>What fits in <see cref="LabelEnd"/> of a phone-wide chart at 13px; the table beside has the full label.</summary>
    private const int MaxLabelLength = 8;

    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<(string Label, int Value)> rows)
    {
        var enc = HtmlEncoder.Default;
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Value));
        var height = Math.Max(1, rows.Count) * RowHeight + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" width=\"100%\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{enc.Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{enc.Encode(description)}</desc>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value) = rows[i];
            var y = i * RowHeight + 5;
            var bar = (double)value / max * BarArea;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Percent(LabelEnd)}\" y=\"{y + 18}\" text-anchor=\"end\" class=\"chart-label\">{enc.Encode(Shorten(label))}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{Percent(BarStart)}\" y=\"{y + 4}\" width=\"{Percent(Math.Max(bar, 0.2))}\" height=\"{RowHeight - 10}\" class=\"chart-bar\" />");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Percent(BarStart + bar + 1)}\" y=\"{y + 18}\" class=\"chart-value\">{value}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>汉字 are about twice as wide as digits, so a date like 2026-10-17 fits where eight 汉字 do.</summary>
    private static string Shorten(string label) =>
        label.Length <= (label.Any(c => c >= '\u2E80') ? MaxLabelLength : MaxLabelLength + 2) ? label
            : label[..(MaxLabelLength - 1)] + "…";
}
