using System.Text.RegularExpressions;

namespace Consultation.Core.Consultations;

/// <summary>
/// Splits a draft into commentable clauses. Regulations use 第一条…; other drafts use numbered headings (Markdown
/// headings, 一、, （一）); anything else is split by paragraph. Anchors of 第N条 come from N itself, so they stay
/// stable when text elsewhere changes.
/// </summary>
public static partial class ClauseSplitter
{
    [GeneratedRegex(@"^\s*(?:#{1,6}\s*)?(?:\*\*)?(第([一二三四五六七八九十百千零〇两\d]+)条)(?:\*\*)?[\s　:：]*(.*)$")]
    private static partial Regex ArticleLine();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s*)?(?:\*\*)?第[一二三四五六七八九十百千零〇两\d]+[章节编](?:\s|　|$)")]
    private static partial Regex ChapterLine();

    [GeneratedRegex(@"^\s*(#{1,6})\s+(.+)$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+、)\s*(.*)$")]
    private static partial Regex EnumeratedHeading();

    [GeneratedRegex(@"^\s*([（(][一二三四五六七八九十]+[）)])\s*(.*)$")]
    private static partial Regex SubEnumeratedHeading();

    public static IReadOnlyList<Clause> Split(string? markdown)
    {
        var lines = (markdown ?? "").Replace("\r\n", "\n").Split('\n');
        return lines.Any(l => ArticleLine().IsMatch(l)) ? ByArticle(lines)
            : lines.Any(l => MarkdownHeading().IsMatch(l)) ? ByHeading(lines, null)
            : lines.Any(l => EnumeratedHeading().IsMatch(l)) ? ByHeading(lines, EnumeratedHeading())
            : lines.Any(l => SubEnumeratedHeading().IsMatch(l)) ? ByHeading(lines, SubEnumeratedHeading())
            : ByParagraph(lines);
    }

    private static List<Clause> ByArticle(string[] lines)
    {
        var clauses = new List<(string Label, int Value, List<string> Text)>();
        foreach (var line in lines)
        {
            var match = ArticleLine().Match(line);
            if (match.Success)
            {
                var value = ChineseNumeral.Parse(match.Groups[2].Value) ?? clauses.Count + 1;
                clauses.Add((match.Groups[1].Value, value, [match.Groups[3].Value]));
            }
            else if (clauses.Count > 0 && !ChapterLine().IsMatch(line))
            {
                clauses[^1].Text.Add(line);
            }
        }
        var seen = new HashSet<int>();
        return clauses.Select((c, i) => new Clause(i + 1,
            seen.Add(c.Value) ? $"tiao-{c.Value}" : $"tiao-{c.Value}-{i + 1}", c.Label, Join(c.Text))).ToList();
    }

    /// <summary>Splits at the top-level Markdown headings, or, when <paramref name="enumerated"/> is given, at 一、/（一） lines.</summary>
    private static List<Clause> ByHeading(string[] lines, Regex? enumerated)
    {
        var topLevel = lines.Select(l => MarkdownHeading().Match(l)).Where(m => m.Success)
            .Select(m => m.Groups[1].Length).DefaultIfEmpty(0).Min();
        var clauses = new List<(string Label, List<string> Text)>();
        foreach (var line in lines)
        {
            var md = MarkdownHeading().Match(line);
            var en = enumerated?.Match(line);
            if (enumerated is null && md.Success && md.Groups[1].Length == topLevel) clauses.Add((md.Groups[2].Value.Trim(), []));
            else if (en?.Success == true) clauses.Add((line.Trim(), []));
            else if (clauses.Count > 0) clauses[^1].Text.Add(line);
        }
        return clauses.Select((c, i) => new Clause(i + 1, $"section-{i + 1}", c.Label, Join(c.Text))).ToList();
    }

    private static List<Clause> ByParagraph(string[] lines)
    {
        var paragraphs = string.Join('\n', lines).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return paragraphs.Where(p => p.Length > 0)
            .Select((p, i) => new Clause(i + 1, $"para-{i + 1}", $"第{i + 1}段", p)).ToList();
    }

    private static string Join(List<string> text) => string.Join('\n', text).Trim();
}
