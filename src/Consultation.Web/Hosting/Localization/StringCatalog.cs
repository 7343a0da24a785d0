using System.Globalization;
using System.Text.Json;

namespace Consultation.Web.Hosting.Localization;

/// <summary>
/// Every user-facing string, zh-CN first with English beside it, loaded from the embedded
/// <c>Localization/Strings/*.json</c> files (one per feature, so features do not edit one shared file).
/// </summary>
public sealed class StringCatalog
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    private readonly Dictionary<string, Dictionary<string, string>> _strings = new(StringComparer.Ordinal);

    public StringCatalog()
    {
        var assembly = typeof(StringCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
                          ?? throw new InvalidOperationException($"Empty string file {name}.");
            foreach (var (key, values) in entries)
            {
                if (!_strings.TryAdd(key, values)) throw new InvalidOperationException($"Duplicate string key '{key}' in {name}.");
            }
        }
    }

    public IReadOnlyDictionary<string, Dictionary<string, string>> All => _strings;

    public string? Find(string key, CultureInfo culture)
    {
        if (!_strings.TryGetValue(key, out var values)) return null;
        var language = culture.TwoLetterISOLanguageName == "en" ? English : Chinese;
        return values.TryGetValue(language, out var text) ? text : values.GetValueOrDefault(Chinese);
    }
}
