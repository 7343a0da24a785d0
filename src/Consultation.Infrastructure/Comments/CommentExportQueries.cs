using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Comments;

/// <summary>Comments for download: everything for editors, only what is already public for everyone else.</summary>
public sealed class CommentExportQueries(ConsultationDbContext db)
{
    public Task<List<Comment>> AllAsync(int consultationId, CancellationToken ct = default) =>
        db.Comments.AsNoTracking().Where(c => c.ConsultationId == consultationId).OrderBy(c => c.Id).ToListAsync(ct);

    public Task<PublicConsultation?> PublishedConsultationAsync(string slug, CancellationToken ct = default) =>
        db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug && c.PublishedAt != null, ct);

    /// <summary>The statuses of <see cref="Comment.IsPublic"/>, spelt out because EF cannot translate that property.</summary>
    public Task<List<Comment>> PublicAsync(int consultationId, CancellationToken ct = default) =>
        db.Comments.AsNoTracking()
            .Where(c => c.ConsultationId == consultationId && (c.Status == CommentStatus.Published
                        || c.Status == CommentStatus.Grouped || c.Status == CommentStatus.Answered))
            .OrderBy(c => c.Id).ToListAsync(ct);
}
