using Consultation.Core.Audit;

namespace Consultation.Web.Features.Review;

/// <summary>An item's moves through 三审 and publication, newest first, with the page it belongs to.</summary>
public sealed record ReviewHistory(string Kind, string Page, IReadOnlyList<AuditEntry> Entries);
