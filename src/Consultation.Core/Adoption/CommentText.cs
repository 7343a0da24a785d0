namespace Consultation.Core.Adoption;

/// <summary>A comment as the clusterer sees it: its id and the text to compare.</summary>
public sealed record CommentText(long Id, string Text);
