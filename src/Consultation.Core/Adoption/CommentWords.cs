namespace Consultation.Core.Adoption;

/// <summary>
/// A comment as the word-level clusterer sees it: its id, the clause it is about (empty for the whole draft) and its
/// words after Chinese segmentation with stop words removed, in text order (repeats count).
/// </summary>
public sealed record CommentWords(long Id, string Clause, IReadOnlyList<string> Words)
{
    /// <summary>
    /// The words of each comment, in the same order, each distinct text segmented once: segmentation is the costliest
    /// step per comment (SmartCn builds a word graph per sentence), and a campaign sends the same text hundreds of times.
    /// </summary>
    public static IReadOnlyList<CommentWords> Of(IReadOnlyList<CommentText> comments, IWordSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(segmenter);
        var wordsOf = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var result = new CommentWords[comments.Count];
        for (var i = 0; i < comments.Count; i++)
        {
            var text = comments[i].Text ?? "";
            if (!wordsOf.TryGetValue(text, out var words)) wordsOf[text] = words = segmenter.Words(text);
            result[i] = new CommentWords(comments[i].Id, comments[i].Clause, words);
        }
        return result;
    }
}
