using System.Diagnostics;
using System.Globalization;
using Consultation.Infrastructure.Seeding;
using Consultation.Web.Features.Search;

namespace Consultation.Web.Hosting;

/// <summary>
/// <c>--generate-data [--seed 42] [--consultations 12] [--decided 4] [--comments 100000] [--documents 20000]</c>: fills
/// the configured database (SQLite or PostgreSQL) with a generated data set (see <see cref="DataGenerator"/>), then
/// rebuilds this node's search index from it and exits. Run it on a stopped site; it adds, it never deletes.
/// </summary>
public static class DataGenerationCommandLine
{
    public const string Switch = "--generate-data";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        DataGenerationPlan plan;
        try
        {
            plan = new DataGenerationPlan(
                Seed: Option(args, "--seed", 42),
                Consultations: Option(args, "--consultations", 12),
                Decided: Option(args, "--decided", 4),
                Comments: Option(args, "--comments", 100_000),
                Documents: Option(args, "--documents", 20_000),
                BatchSize: Option(args, "--batch", 2000));
            plan.Validate();
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"{Switch}: {e.Message}");
            return 64;
        }
        var watch = Stopwatch.StartNew();
        try
        {
            await app.Services.GetRequiredService<DataGenerator>().GenerateAsync(plan, Console.WriteLine);
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync($"{Switch}: {e.Message}");
            return 1;
        }
        Console.WriteLine($"Generated seed {plan.Seed} in {watch.Elapsed.TotalSeconds:F1} s; rebuilding the search index.");
        return await SearchCommandLine.RebuildAsync(app);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0) return fallback;
        if (at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return value;
        throw new ArgumentException($"{name} needs a whole number.");
    }
}
