using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Content;

/// <summary>Publishes approved versions whose time has come and takes down articles whose unpublish time has passed.</summary>
public sealed class ScheduledPublisher(ConsultationDbContext db, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.Articles.Include(a => a.Versions)
            .Where(a => (a.ApprovedVersionNumber != null && a.ApprovedVersionNumber != a.PublishedVersionNumber
                         && (a.PublishAt == null || a.PublishAt <= now))
                        || (a.PublishedVersionNumber != null && a.UnpublishAt != null && a.UnpublishAt <= now))
            .ToListAsync(ct);
        var changed = 0;
        foreach (var article in due)
        {
            if (article.UnpublishIfDue(now)) changed++;
            else if (article.PublishIfDue(now)) changed++;
        }
        if (changed > 0) await db.SaveChangesAsync(ct);
        return changed;
    }
}
