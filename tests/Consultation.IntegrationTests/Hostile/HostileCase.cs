using System.Text.Json;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>
/// One entry of <c>hostile-inputs.json</c>: text as a person could type it (<see cref="Value"/>, repeated
/// <c>repeat:N</c> times when the note says so), or bytes no browser would send (<see cref="Raw"/>, percent-encoded,
/// sent as they are — invalid UTF-8 cannot be carried by a .NET string).
/// </summary>
public sealed record HostileCase(string Id, string Category, string? Value, string? Raw, string Targets, string? Note)
{
    private static readonly Lazy<IReadOnlyList<HostileCase>> Corpus = new(Load);

    public static IReadOnlyList<HostileCase> All => Corpus.Value;

    /// <summary>The categories whose cases are field values; the others (bodies, files, hosts …) drive tests of their own.</summary>
    public static readonly string[] TextCategories =
        ["xss", "xss-name", "markdown", "sql", "utf8", "control", "csv", "traversal", "redirect", "long"];

    /// <summary>What makes sense for a number, date, id, enum or flag: the binder must refuse it cleanly.</summary>
    public static readonly string[] ValueCategories = ["numeric", "sql", "utf8"];

    /// <summary>The value as it goes into a query string or a form body, percent-encoded.</summary>
    public string Encoded => Raw ?? Uri.EscapeDataString(Text);

    /// <summary>The text typed (for raw cases, what a lenient decoder would make of it).</summary>
    public string Text => Note is { } note && note.StartsWith("repeat:", StringComparison.Ordinal)
        ? string.Concat(Enumerable.Repeat(Value, int.Parse(note["repeat:".Length..], System.Globalization.CultureInfo.InvariantCulture)))
        : Value ?? Uri.UnescapeDataString(Raw ?? "");

    public static IEnumerable<HostileCase> In(params string[] categories) => All.Where(c => categories.Contains(c.Category));

    private static IReadOnlyList<HostileCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Hostile", "hostile-inputs.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new HostileCase(
            c.GetProperty("id").GetString()!, c.GetProperty("category").GetString()!,
            c.TryGetProperty("value", out var v) ? v.GetString() : null,
            c.TryGetProperty("raw", out var r) ? r.GetString() : null,
            c.GetProperty("targets").GetString()!,
            c.TryGetProperty("note", out var n) ? n.GetString() : null))];
    }
}
