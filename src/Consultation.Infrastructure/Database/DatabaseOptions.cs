namespace Consultation.Infrastructure.Database;

/// <summary>The <c>Database</c> section: which provider to use. Connection strings live in <c>ConnectionStrings</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public string Provider { get; set; } = Sqlite;
}
