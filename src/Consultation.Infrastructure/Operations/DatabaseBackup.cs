using System.Diagnostics;
using Consultation.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Consultation.Infrastructure.Operations;

/// <summary>
/// Copies the configured database to a file and back. SQLite uses its online backup API, so a running site keeps
/// taking comments while the copy is made and the copy is one consistent moment; PostgreSQL uses <c>pg_dump</c> in its
/// custom format (one snapshot) and <c>pg_restore</c> into an empty database.
/// </summary>
public sealed class DatabaseBackup(ConsultationDbContext db, IOptions<BackupOptions> options)
{
    public async Task BackupAsync(string file, CancellationToken ct = default)
    {
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (db.Database.IsSqlite())
        {
            if (File.Exists(target)) File.Delete(target);
            await using var source = new SqliteConnection(db.Database.GetConnectionString());
            await source.OpenAsync(ct);
            await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
            await copy.OpenAsync(ct);
            source.BackupDatabase(copy);
            return;
        }
        await RunAsync(options.Value.PgDumpPath, ["--format=custom", "--no-owner", $"--file={target}"], ct);
    }

    /// <summary>
    /// Fills the configured database from <paramref name="file"/>. For SQLite the site must be stopped (the file is
    /// overwritten page by page); for PostgreSQL the configured database must exist and be empty.
    /// </summary>
    public async Task RestoreAsync(string file, CancellationToken ct = default)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source)) throw new FileNotFoundException("No backup at that path.", source);
        if (db.Database.IsSqlite())
        {
            await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder
                { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await backup.OpenAsync(ct);
            SqliteConnection.ClearAllPools();
            await using var target = new SqliteConnection(db.Database.GetConnectionString());
            await target.OpenAsync(ct);
            backup.BackupDatabase(target);
            return;
        }
        await RunAsync(options.Value.PgRestorePath, ["--no-owner", "--exit-on-error", source], ct);
    }

    /// <summary>Runs a PostgreSQL client tool against the configured database; the password goes by environment, never argv.</summary>
    private async Task RunAsync(string tool, IEnumerable<string> arguments, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add($"--host={cs.Host}");
        start.ArgumentList.Add($"--port={cs.Port}");
        if (!string.IsNullOrEmpty(cs.Username)) start.ArgumentList.Add($"--username={cs.Username}");
        start.ArgumentList.Add($"--dbname={cs.Database}");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["PGPASSWORD"] = cs.Password ?? "";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(tool)} exited with {process.ExitCode}: {(await errors).Trim()}");
    }
}
