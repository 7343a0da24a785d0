using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Comments;

/// <summary>
/// Group commit on SQLite relies on WAL (pages and readers keep going while the writer commits) and on every commit
/// reaching the disk before a receipt is sent (synchronous FULL), so an acknowledged comment survives a power cut too.
/// </summary>
public sealed class SqliteDurabilityTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task The_site_database_runs_in_WAL_mode_with_every_commit_synced()
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await Pragma(db, "journal_mode"));
        Assert.Equal("2", await Pragma(db, "synchronous")); // FULL
    }

    private static async Task<string> Pragma(ConsultationDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
