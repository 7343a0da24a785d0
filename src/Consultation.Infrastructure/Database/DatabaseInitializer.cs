using Consultation.Infrastructure.Audit;
using Consultation.Infrastructure.Comments;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Database;

/// <summary>
/// Brings the schema up to date on start and makes the audit table append-only in the database; on SQLite it also
/// switches the file to WAL so readers never block. A database made before comment counts were kept is counted once.
/// </summary>
public sealed class DatabaseInitializer(ConsultationDbContext db)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (!db.IsSqlite)
        {
            await BringUpToDateAsync(ct);
            return;
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await BringUpToDateAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task BringUpToDateAsync(CancellationToken ct)
    {
        // Migrate() first compares the model with the last migration's snapshot, a second model build that cost
        // ≈ 0.8 s of every start (docs/performance.md, P5); a database that already has every migration needs neither.
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any()) await db.Database.MigrateAsync(ct);
        await AuditLogTriggers.EnsureAsync(db, ct);
        await CommentCounts.EnsureAsync(db, ct);
    }
}
