namespace Consultation.Core.Consultations;

/// <summary>One commentable unit of a draft (第一条, a numbered heading or a paragraph) with a stable anchor.</summary>
public sealed record Clause(int Number, string Anchor, string Label, string Text);
