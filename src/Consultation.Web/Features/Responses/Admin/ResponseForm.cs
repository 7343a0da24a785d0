using Consultation.Core;
using Consultation.Core.Responses;
using Consultation.Web.Hosting;

namespace Consultation.Web.Features.Responses.Admin;

/// <summary>
/// What the response form posts. The item concerned is chosen from a list as <c>Kind:id</c>; times are Shanghai
/// local times. Missing or unreadable values become values the notice refuses, with its message.
/// </summary>
public sealed class ResponseForm
{
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? Subject { get; set; }
    public DateTime? ConcernAroseAt { get; set; }
    public DateTime? FirstResponseAt { get; set; }

    public ResponseDetails ToDetails()
    {
        var parts = (Subject ?? "").Split(':', 2);
        var kind = FormChoice.Of<ConcernSubjectKind>(parts[0]);
        var id = parts.Length == 2 && int.TryParse(parts[1], out var n) ? n : 0;
        return new ResponseDetails(Title, Body, kind, id, ShanghaiTime.FromLocal(ConcernAroseAt),
            ShanghaiTime.FromLocal(FirstResponseAt));
    }

    public static ResponseForm From(ResponseNotice n) => new()
    {
        Title = n.Title, Body = n.BodyMarkdown, Subject = $"{n.SubjectKind}:{n.SubjectId}",
        ConcernAroseAt = n.ConcernAroseAt.ToShanghai().DateTime, FirstResponseAt = n.FirstResponseAt?.ToShanghai().DateTime,
    };
}
