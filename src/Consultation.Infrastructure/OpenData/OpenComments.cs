using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.OpenData;

/// <summary>The comments the public may read on published consultations, in id order; the web layer anonymises them.</summary>
public sealed class OpenComments(ConsultationDbContext db)
{
    public async Task<OpenDataPage<Comment>> PageAsync(long after, int limit, CancellationToken ct = default)
    {
        var published = db.Consultations.Where(c => c.PublishedAt != null).Select(c => c.Id);
        var rows = await db.Comments.AsNoTracking().Where(Comment.Public)
            .Where(c => c.Id > after && published.Contains(c.ConsultationId))
            .OrderBy(c => c.Id).Take(limit + 1).ToListAsync(ct);
        return OpenDataPage<Comment>.From(rows, limit, c => c.Id);
    }
}
