namespace Consultation.Infrastructure.Search;

/// <summary>
/// Folds text before it is split into words, the same way when indexing and when searching: traditional characters
/// to simplified (OpenCC's character table, embedded), full-width letters, digits and spaces to half-width. Each
/// character maps to one character, so highlight offsets still point into the original text.
/// </summary>
public static class TextFolding
{
    private const string TableResource = "Consultation.Infrastructure.Search.Data.traditional-simplified.txt";

    // Declared first: static fields are initialised in order, and the table is built from the pairs.
    private static readonly Dictionary<string, string> Pairs = Load();

    /// <summary>Each basic-plane character's folded form (itself when none), for <see cref="FoldingCharFilter"/>.</summary>
    public static char[] Table { get; } = BuildTable();

    /// <summary>The folded form of one string, for comparing synonyms and tests; indexing uses the char filter.</summary>
    public static string Fold(string text)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        foreach (var c in text) chars.Append(Table[c]);
        return chars.ToString();
    }

    private static Dictionary<string, string> Load()
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(TextFolding).Assembly.GetManifestResourceStream(TableResource)
                           ?? throw new InvalidOperationException($"Missing embedded resource {TableResource}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0) pairs[line[..tab]] = line[(tab + 1)..];
        }
        for (var c = '！'; c <= '～'; c++) pairs[c.ToString()] = ((char)(c - 0xFEE0)).ToString();
        pairs["\u3000"] = " ";
        return pairs;
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = (char)c;
        foreach (var (from, to) in Pairs)
        {
            if (from.Length == 1 && to.Length == 1) table[from[0]] = to[0];
        }
        return table;
    }

    /// <summary>A reader that folds as it reads, for the analyzers.</summary>
    public static TextReader Reader(TextReader input) => new FoldingCharFilter(input);
}
