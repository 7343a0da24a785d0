namespace Consultation.Core.Responses;

/// <summary>
/// What an editor writes about a response: the notice itself, the item concerned, when the concern arose and, if an
/// answer went out elsewhere first (a press briefing, Weibo), when; otherwise publication is the first response.
/// </summary>
public sealed record ResponseDetails(
    string? Title,
    string? BodyMarkdown,
    ConcernSubjectKind SubjectKind,
    int SubjectId,
    DateTimeOffset? ConcernAroseAt,
    DateTimeOffset? FirstResponseAt);
