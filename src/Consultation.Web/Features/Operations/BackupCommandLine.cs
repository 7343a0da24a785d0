using Consultation.Infrastructure.Audit;
using Consultation.Infrastructure.Operations;

namespace Consultation.Web.Features.Operations;

/// <summary>
/// <c>--backup FILE</c> copies the configured database to FILE while the site may keep running;
/// <c>--restore FILE</c> fills the configured (new, empty) database from FILE, then verifies the audit chain;
/// <c>--fingerprint</c> prints row counts and content hashes, to compare a restored copy with its original.
/// </summary>
public static class BackupCommandLine
{
    public const string BackupSwitch = "--backup";
    public const string RestoreSwitch = "--restore";
    public const string FingerprintSwitch = "--fingerprint";

    /// <summary>Restore runs before migrations and demo data, which would otherwise fill the empty target first.</summary>
    public static async Task<int?> RunBeforeMigrationAsync(WebApplication app, string[] args)
    {
        if (FileAfter(args, RestoreSwitch) is not { } file) return null;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().RestoreAsync(file);
        Console.WriteLine($"Restored from {file}.");
        var check = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync();
        Console.WriteLine(check.Intact
            ? $"Audit chain intact: {check.Checked} lines, head {check.HeadHash}"
            : $"Audit chain BROKEN at line {check.BrokenAt} ({check.Problem}).");
        await PrintFingerprintAsync(scope.ServiceProvider);
        return check.Intact ? 0 : 1;
    }

    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        var backupFile = FileAfter(args, BackupSwitch);
        if (backupFile is null && !args.Contains(FingerprintSwitch)) return null;
        await using var scope = app.Services.CreateAsyncScope();
        if (backupFile is not null)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().BackupAsync(backupFile);
            Console.WriteLine($"Backup written to {Path.GetFullPath(backupFile)}.");
        }
        await PrintFingerprintAsync(scope.ServiceProvider);
        return 0;
    }

    private static async Task PrintFingerprintAsync(IServiceProvider services)
    {
        var fingerprint = await services.GetRequiredService<RecordFingerprinter>().TakeAsync();
        foreach (var line in fingerprint.Lines()) Console.WriteLine(line);
    }

    private static string? FileAfter(string[] args, string option)
    {
        var at = Array.IndexOf(args, option);
        if (at < 0) return null;
        if (at + 1 >= args.Length || args[at + 1].StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException($"{option} needs a file name.");
        return args[at + 1];
    }
}
