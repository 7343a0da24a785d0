using Microsoft.Data.Sqlite;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>A SQLite file in the temp folder for one run of the site, deleted afterwards.</summary>
public sealed class ThrowAwaySqlite
{
    private ThrowAwaySqlite(string file) => File = file;

    public string File { get; }

    public string ConnectionString => $"Data Source={File}";

    public static ThrowAwaySqlite Create() =>
        new(Path.Combine(Path.GetTempPath(), $"consultation-browser-{Guid.NewGuid():N}.db"));

    public void Delete()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { System.IO.File.Delete(File + suffix); } catch (IOException) { /* best effort on a temp file */ }
        }
    }
}
