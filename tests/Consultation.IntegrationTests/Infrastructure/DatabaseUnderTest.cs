using Npgsql;

namespace Consultation.IntegrationTests.Infrastructure;

/// <summary>One database for one test class, removed afterwards.</summary>
public sealed class DatabaseUnderTest
{
    public const string PostgresVariable = "CONSULTATION_TEST_POSTGRES";

    private DatabaseUnderTest(string provider, string connectionString, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqliteFile = sqliteFile;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    private string? SqliteFile { get; }

    public static DatabaseUnderTest NewSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"consultation-test-{Guid.NewGuid():N}.db");
        return new DatabaseUnderTest("Sqlite", $"Data Source={file}", file);
    }

    /// <summary>Null when no test server is configured; the reason is then reported as a skip.</summary>
    public static DatabaseUnderTest? NewPostgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server)) return null;
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"ct_{Guid.NewGuid():N}" };
        return new DatabaseUnderTest("Postgres", builder.ConnectionString, null);
    }

    public void Drop()
    {
        if (SqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                try { File.Delete(SqliteFile + suffix); } catch (IOException) { /* best effort on temp files */ }
            }
            return;
        }
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var name = builder.Database!;
        builder.Database = "postgres";
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
