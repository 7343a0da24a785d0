using System.Globalization;

namespace Consultation.LoadGenerator;

/// <summary>Command-line settings: <c>--base URL --slug SLUG [--concurrency N] [--rate R] [--duration S] [--receipts FILE]</c>.</summary>
public sealed record LoadOptions(Uri BaseAddress, string Slug, int Concurrency, double Rate, TimeSpan Duration, string? ReceiptsFile)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected '{args[i]}'.");
            values[args[i][2..]] = args[i + 1];
        }
        string Get(string name, string? fallback = null) =>
            values.GetValueOrDefault(name) ?? fallback ?? throw new ArgumentException($"--{name} is required.");
        return new LoadOptions(
            new Uri(Get("base")),
            Get("slug"),
            int.Parse(Get("concurrency", "30"), CultureInfo.InvariantCulture),
            // 0: each virtual citizen submits again as soon as its last receipt came back (closed loop).
            double.Parse(Get("rate", "0"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Get("duration", "60"), CultureInfo.InvariantCulture)),
            values.GetValueOrDefault("receipts"));
    }
}
