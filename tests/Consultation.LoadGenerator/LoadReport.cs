using System.Globalization;

namespace Consultation.LoadGenerator;

/// <summary>The run in numbers (one <c>name=value</c> per line, for the scripts) and the receipts file.</summary>
public static class LoadReport
{
    public static void Print(LoadRun run, TimeSpan duration, TextWriter output)
    {
        var results = run.Results;
        var accepted = results.Where(r => r.ReceiptCode is not null).ToList();
        var latencies = accepted.Select(r => r.Milliseconds).Order().ToList();
        Line(output, "sent", results.Count);
        Line(output, "accepted", accepted.Count);
        Line(output, "accepted_per_s", accepted.Count / duration.TotalSeconds);
        Line(output, "p50_ms", Percentile(latencies, 0.50));
        Line(output, "p99_ms", Percentile(latencies, 0.99));
        foreach (var group in results.Where(r => r.ReceiptCode is null).GroupBy(r => r.Status).OrderBy(g => g.Key))
            Line(output, $"status_{group.Key}", group.Count());
        foreach (var (status, count) in run.SetupFailures.OrderBy(f => f.Key, StringComparer.Ordinal))
            Line(output, $"before_post_{status}", count);
        Line(output, "solve_ms_mean", run.MeanSolveMilliseconds);
    }

    /// <summary>One line per receipt the clients got: idempotency key, code, milliseconds.</summary>
    public static async Task WriteReceiptsAsync(IEnumerable<Submission> results, string path)
    {
        await File.WriteAllLinesAsync(path, results.Where(r => r.ReceiptCode is not null).OrderBy(r => r.At)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.IdempotencyKey}\t{r.ReceiptCode}\t{r.Milliseconds:F1}")));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static void Line(TextWriter output, string name, double value) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}={value:0.##}"));
}
