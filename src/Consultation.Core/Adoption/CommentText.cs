namespace Consultation.Core.Adoption;

/// <summary>
/// A comment as the clusterers see it: its id, the text to compare and the anchor of the clause it is about (empty
/// for the whole draft). Near-copies group across clauses; reworded points only within one.
/// </summary>
public sealed record CommentText(long Id, string Text, string Clause = "");
