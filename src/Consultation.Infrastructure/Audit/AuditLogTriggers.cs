using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Audit;

/// <summary>
/// Makes the audit table append-only in the database itself, so bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c>, raw
/// SQL or a console session cannot rewrite history either; the DbContext check only covers tracked entities. Created
/// after every migration run (idempotent), so regenerated migrations cannot lose them.
/// </summary>
public static class AuditLogTriggers
{
    private const string Message = "The audit log is append-only.";

    private static readonly string[] Sqlite =
    [
        $"""CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON "AuditEntries" BEGIN SELECT RAISE(ABORT, '{Message}'); END;""",
        $"""CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON "AuditEntries" BEGIN SELECT RAISE(ABORT, '{Message}'); END;""",
    ];

    // TRUNCATE skips row triggers in PostgreSQL, hence the statement-level one.
    private static readonly string[] Postgres =
    [
        $"""
         CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION '{Message}'; END $$;
         """,
        """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_entries_no_rewrite') THEN
            CREATE TRIGGER audit_entries_no_rewrite BEFORE UPDATE OR DELETE ON "AuditEntries"
              FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
          END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_entries_no_truncate') THEN
            CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries"
              FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
          END IF;
        END $$;
        """,
    ];

    public static async Task EnsureAsync(ConsultationDbContext db, CancellationToken ct = default)
    {
        foreach (var sql in db.IsSqlite ? Sqlite : Postgres) await db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
