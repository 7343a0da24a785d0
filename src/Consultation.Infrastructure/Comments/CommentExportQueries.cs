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

    public Task<List<Comment>> PublicAsync(int consultationId, CancellationToken ct = default) =>
        db.Comments.AsNoTracking().Where(c => c.ConsultationId == consultationId).Where(Comment.Public)
            .OrderBy(c => c.Id).ToListAsync(ct);

    public Task<string?> SlugOfAsync(int consultationId, CancellationToken ct = default) =>
        db.Consultations.Where(c => c.Id == consultationId).Select(c => c.Slug).SingleOrDefaultAsync(ct);
}
