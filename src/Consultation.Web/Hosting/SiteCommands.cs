using Consultation.Infrastructure.Audit;
using Consultation.Web.Features.Search;

namespace Consultation.Web.Hosting;

/// <summary>
/// One-off commands run instead of the site (after migrating), for operators and scheduled checks:
/// <c>dotnet run --project src/Consultation.Web -- --verify-audit</c> exits 0 when the audit chain is intact, 1 if not;
/// <c>-- --rebuild-search-index</c> rebuilds this node's search index (see <see cref="SearchCommandLine"/>);
/// <c>-- --generate-data --seed 42 --comments 100000</c> fills the database with generated data (see <see cref="DataGenerationCommandLine"/>).
/// </summary>
public static class SiteCommands
{
    public const string VerifyAudit = "--verify-audit";

    /// <summary>Runs the command named in <paramref name="args"/>; null when there is none and the site should start.</summary>
    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        if (args.Contains(SearchCommandLine.RebuildSwitch)) return await SearchCommandLine.RebuildAsync(app);
        if (await Features.Operations.BackupCommandLine.RunAsync(app, args) is { } done) return done;
        if (args.Contains(DataGenerationCommandLine.Switch)) return await DataGenerationCommandLine.RunAsync(app, args);
        if (!args.Contains(VerifyAudit)) return null;
        await using var scope = app.Services.CreateAsyncScope();
        var check = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync();
        Console.WriteLine(check.Intact
            ? $"Audit chain intact: {check.Checked} lines, head {check.HeadHash}"
            : $"Audit chain BROKEN at line {check.BrokenAt} ({check.Problem}); {check.Checked} lines before it verified.");
        return check.Intact ? 0 : 1;
    }
}
