using Consultation.Core.Responses;

namespace Consultation.Infrastructure.Responses;

/// <summary>A published item a response can concern: its kind, id, title and public address.</summary>
public sealed record ConcernSubject(ConcernSubjectKind Kind, int Id, string Title, string Href)
{
    /// <summary>The value the response form posts for it, e.g. <c>Policy:3</c>.</summary>
    public string Value => $"{Kind}:{Id}";
}
