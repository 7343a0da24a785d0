using Consultation.Core.Adoption;
using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Adoption;

public sealed class WorkbenchQueries(ConsultationDbContext db)
{
    public async Task<WorkbenchView?> LoadAsync(int consultationId, CancellationToken ct = default)
    {
        var consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consultationId, ct);
        if (consultation is null) return null;
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ConsultationId == consultationId && c.Status != CommentStatus.Rejected)
            .OrderBy(c => c.Id).ToListAsync(ct);
        var groups = await db.OpinionGroups.AsNoTracking().Where(g => g.ConsultationId == consultationId)
            .OrderBy(g => g.Id).ToListAsync(ct);
        var members = comments.Where(c => c.GroupId is not null).ToLookup(c => c.GroupId!.Value);
        var unassigned = comments.Where(c => c.GroupId is null).ToList();
        return new WorkbenchView(consultation, unassigned,
            groups.Select(g => new WorkbenchView.GroupWithMembers(g, members[g.Id].ToList()))
                .OrderByDescending(g => g.Members.Count).ToList(),
            new ReportReadiness(unassigned.Count, groups.Count(g => g.Disposition == Disposition.Undecided)));
    }
}
