using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Outbox;

/// <summary>
/// Keeps outbox ids in commit order, which is what lets every reader keep its place with one number. Two PostgreSQL
/// transactions may take ids 10 and 11 and commit 11 first; a reader that saw 11 would then skip 10 for ever. So the
/// transaction that appends messages first takes a lock that only other appenders wait for (plain reads never do), and
/// holds it the few milliseconds to its commit. SQLite has one writer at a time anyway.
/// </summary>
public static class OutboxOrder
{
    public const string Table = "OutboxMessages";

    public static Task LockForAppendAsync(ConsultationDbContext db, CancellationToken ct) => db.IsSqlite
        ? Task.CompletedTask
        : db.Database.ExecuteSqlRawAsync($"LOCK TABLE \"{Table}\" IN SHARE ROW EXCLUSIVE MODE", ct);
}
