namespace Consultation.Core.Adoption;

/// <summary>
/// A comment as the word-level clusterer sees it: its id, the clause it is about (empty for the whole draft) and its
/// words after Chinese segmentation with stop words removed, in text order (repeats count).
/// </summary>
public sealed record CommentWords(long Id, string Clause, IReadOnlyList<string> Words);
