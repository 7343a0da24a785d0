namespace Consultation.Infrastructure.Seeding;

/// <summary>
/// One generated comment: <see cref="Clause"/> indexes the draft's clauses (null: the whole draft); a refused one
/// (<see cref="Refused"/>) is moderated away instead of published, as some are on a real draft.
/// </summary>
public sealed record GeneratedComment(int? Clause, string Body, string? Name, bool PublishName, bool Refused, string ReceiptCode);
