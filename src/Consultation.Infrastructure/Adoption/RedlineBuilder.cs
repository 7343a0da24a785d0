using System.Text;
using System.Text.RegularExpressions;
using Consultation.Core.Consultations;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Consultation.Infrastructure.Adoption;

/// <summary>
/// Compares the consultation draft with the final text clause by clause (clauses matched by anchor, so 第三条 is
/// compared with 第三条), then character by character inside each clause — words are not space-separated in Chinese.
/// A number, time or Latin word counts as one character, so 17:30→18:00 reads as one change, not 1[7→8]:[3→0]0.
/// </summary>
public static partial class RedlineBuilder
{
    private static readonly CustomFunctionChunker Characters = new(text => Token().Matches(text).Select(m => m.Value).ToArray());

    [GeneratedRegex(@"[0-9A-Za-z]+(?:[.:：/%][0-9A-Za-z]+)*%?|.", RegexOptions.Singleline)]
    private static partial Regex Token();

    public static IReadOnlyList<RedlineClause> Build(string draftMarkdown, string finalMarkdown)
    {
        var draft = ClauseSplitter.Split(draftMarkdown);
        var final = ClauseSplitter.Split(finalMarkdown).ToDictionary(c => c.Anchor);
        var result = new List<RedlineClause>();
        foreach (var before in draft)
        {
            if (final.Remove(before.Anchor, out var after))
                result.Add(Compare(before, after));
            else
                result.Add(new RedlineClause(before.Anchor, before.Label, RedlineClause.Change.Removed,
                    [new(RedlineClause.Kind.Deleted, before.Text)]));
        }
        foreach (var added in final.Values.OrderBy(c => c.Number))
            result.Add(new RedlineClause(added.Anchor, added.Label, RedlineClause.Change.Added,
                [new(RedlineClause.Kind.Inserted, added.Text)]));
        return result;
    }

    private static RedlineClause Compare(Clause before, Clause after)
    {
        if (before.Text == after.Text)
            return new RedlineClause(before.Anchor, after.Label, RedlineClause.Change.Unchanged,
                [new(RedlineClause.Kind.Same, before.Text)]);
        return new RedlineClause(before.Anchor, after.Label, RedlineClause.Change.Changed, Segments(before.Text, after.Text));
    }

    /// <summary>
    /// Any two texts as runs of unchanged, deleted and inserted text, compared as the clauses are: what a reviewer sees
    /// changed since the last approved version of an explanation, background or article.
    /// </summary>
    public static IReadOnlyList<RedlineClause.Segment> Segments(string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, Characters);
        var segments = new List<RedlineClause.Segment>();
        var oldPos = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(segments, RedlineClause.Kind.Same, diff.PiecesOld, oldPos, block.DeleteStartA - oldPos);
            Add(segments, RedlineClause.Kind.Deleted, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, RedlineClause.Kind.Inserted, diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldPos = block.DeleteStartA + block.DeleteCountA;
        }
        Add(segments, RedlineClause.Kind.Same, diff.PiecesOld, oldPos, diff.PiecesOld.Count - oldPos);
        return segments;
    }

    private static void Add(List<RedlineClause.Segment> segments, RedlineClause.Kind kind, IReadOnlyList<string> pieces,
        int start, int count)
    {
        if (count <= 0) return;
        var text = new StringBuilder();
        for (var i = start; i < start + count; i++) text.Append(pieces[i]);
        segments.Add(new RedlineClause.Segment(kind, text.ToString()));
    }
}
