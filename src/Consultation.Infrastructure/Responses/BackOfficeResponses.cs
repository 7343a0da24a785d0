using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Responses;
using Consultation.Infrastructure.Database;

namespace Consultation.Infrastructure.Responses;

/// <summary>Writing response notices: each call checks the item concerned is public, then calls one entity verb and saves.</summary>
public sealed class BackOfficeResponses(ConsultationDbContext db, ResponseQueries queries, TimeProvider clock)
{
    public async Task<int> CreateAsync(ResponseDetails details, Actor editor, CancellationToken ct)
    {
        await RequirePublicSubjectAsync(details, ct);
        var notice = ResponseNotice.Create(details, editor, clock.GetUtcNow());
        db.ResponseNotices.Add(notice);
        await db.SaveChangesAsync(ct);
        return notice.Id;
    }

    public async Task EditAsync(int id, ResponseDetails details, Actor editor, CancellationToken ct)
    {
        await RequirePublicSubjectAsync(details, ct);
        await db.ChangeAsync(db.ResponseNotices.Where(r => r.Id == id), r => r.Edit(details, editor, clock.GetUtcNow()), ct);
    }

    /// <summary>A response never links to a draft or to nothing: the item must be public now.</summary>
    private async Task RequirePublicSubjectAsync(ResponseDetails details, CancellationToken ct)
    {
        if (details.SubjectId <= 0) throw new DomainException("response.subject_required");
        if (await queries.SubjectAsync(details.SubjectKind, details.SubjectId, ct) is null)
            throw new DomainException("response.subject_unknown");
    }
}
