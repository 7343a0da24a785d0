using Consultation.Infrastructure.Audit;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Operations;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Consultation.IntegrationTests.Operations;

/// <summary>
/// The restore drill: back up a site that holds comments, a report and its audit log, restore the file into a fresh
/// database, and find the same rows in every table, the same content in the evidence tables, and an intact chain.
/// </summary>
public abstract class BackupDrillBehaviour(SiteFixture site)
{
    private readonly ConsultationSteps _steps = new(site);

    [SkippableFact]
    public async Task A_backup_restored_into_a_fresh_database_holds_the_same_record_and_its_audit_chain_verifies()
    {
        var consultation = await _steps.PublishedAsync();
        await _steps.ReceiveWithReceiptAsync(consultation.Id, "建议在备份恢复后仍能凭回执查到本条意见。");
        var file = Path.Combine(Path.GetTempPath(), $"consultation-backup-{Guid.NewGuid():N}.bak");
        var copy = site.Factory.Database.Provider == "Postgres" ? DatabaseUnderTest.NewPostgres()! : DatabaseUnderTest.NewSqlite();
        try
        {
            var original = await BackUpQuietMomentAsync(file);

            await using var restored = Services(copy);
            using var target = restored.CreateScope();
            await target.ServiceProvider.GetRequiredService<DatabaseBackup>().RestoreAsync(file);
            var fingerprint = await target.ServiceProvider.GetRequiredService<RecordFingerprinter>().TakeAsync();
            var chain = await new AuditChainVerifier(target.ServiceProvider.GetRequiredService<ConsultationDbContext>()).VerifyAsync();

            Assert.True(original.DifferencesFrom(fingerprint).Count == 0, string.Join("; ", original.DifferencesFrom(fingerprint)));
            Assert.True(fingerprint.RowCounts.Single(c => c.Key.Contains("Comments", StringComparison.Ordinal)).Value > 0);
            Assert.True(chain.Intact, $"broken at {chain.BrokenAt}: {chain.Problem}");
            Assert.True(chain.Checked > 10);
        }
        finally
        {
            copy.Drop();
            File.Delete(file);
        }
    }

    [SkippableFact]
    public async Task A_comment_received_after_the_backup_shows_as_a_difference_in_the_drill()
    {
        var consultation = await _steps.PublishedAsync();
        var file = Path.Combine(Path.GetTempPath(), $"consultation-backup-{Guid.NewGuid():N}.bak");
        var copy = site.Factory.Database.Provider == "Postgres" ? DatabaseUnderTest.NewPostgres()! : DatabaseUnderTest.NewSqlite();
        try
        {
            using (var scope = site.Factory.Services.CreateScope())
                await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().BackupAsync(file);
            await _steps.ReceiveWithReceiptAsync(consultation.Id, "备份之后才收到的意见。");
            RecordFingerprint now;
            using (var scope = site.Factory.Services.CreateScope())
                now = await scope.ServiceProvider.GetRequiredService<RecordFingerprinter>().TakeAsync();

            await using var restored = Services(copy);
            using var target = restored.CreateScope();
            await target.ServiceProvider.GetRequiredService<DatabaseBackup>().RestoreAsync(file);
            var fingerprint = await target.ServiceProvider.GetRequiredService<RecordFingerprinter>().TakeAsync();

            var differences = now.DifferencesFrom(fingerprint);
            Assert.Contains(differences, d => d.Contains("Comments", StringComparison.Ordinal) && d.Contains("rows", StringComparison.Ordinal));
            Assert.Contains(differences, d => d.Contains("AuditEntries", StringComparison.Ordinal) && d.Contains("content differs", StringComparison.Ordinal));
        }
        finally
        {
            copy.Drop();
            File.Delete(file);
        }
    }

    /// <summary>
    /// Backs up while the site's background jobs may write (outbox, link checks): the fingerprint taken before and
    /// after the copy must agree, else the copy is taken again, so the comparison is with what the file really holds.
    /// </summary>
    private async Task<RecordFingerprint> BackUpQuietMomentAsync(string file)
    {
        using var scope = site.Factory.Services.CreateScope();
        var fingerprinter = scope.ServiceProvider.GetRequiredService<RecordFingerprinter>();
        for (var attempt = 1; ; attempt++)
        {
            var before = await fingerprinter.TakeAsync();
            await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().BackupAsync(file);
            var after = await fingerprinter.TakeAsync();
            if (before.DifferencesFrom(after).Count == 0 || attempt == 5) return after;
            await Task.Delay(200);
        }
    }

    /// <summary>The database layer alone on <paramref name="database"/>: no migrations, no demo data, as an operator restoring.</summary>
    private static ServiceProvider Services(DatabaseUnderTest database)
    {
        if (database.Provider == "Postgres") CreateEmpty(database.ConnectionString);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            [$"ConnectionStrings:{database.Provider}"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddDatabase(configuration, Path.GetTempPath());
        services.AddOperations(configuration);
        return services.BuildServiceProvider();
    }

    private static void CreateEmpty(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database!;
        builder.Database = "postgres";
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
    }
}
