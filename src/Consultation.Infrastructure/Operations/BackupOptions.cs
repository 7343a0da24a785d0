namespace Consultation.Infrastructure.Operations;

/// <summary>
/// Where the PostgreSQL client tools are (SQLite needs none: its online backup API is in the driver). Defaults take them
/// from PATH; Debian keeps them under /usr/lib/postgresql/&lt;version&gt;/bin as well.
/// </summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    public string PgDumpPath { get; set; } = "pg_dump";

    public string PgRestorePath { get; set; } = "pg_restore";
}
