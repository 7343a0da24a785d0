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
        if (db.IsSqlite)
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                await db.Database.MigrateAsync(ct);
                await AuditLogTriggers.EnsureAsync(db, ct);
                await CommentCounts.EnsureAsync(db, ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
            return;
        }
        await db.Database.MigrateAsync(ct);
        await AuditLogTriggers.EnsureAsync(db, ct);
        await CommentCounts.EnsureAsync(db, ct);
    }
}
