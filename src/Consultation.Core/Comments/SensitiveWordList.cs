namespace Consultation.Core.Comments;

/// <summary>The editable list of words that hold a comment for review instead of publishing it.</summary>
public sealed class SensitiveWordList(IEnumerable<string> words)
{
    private readonly string[] _words = words.Select(w => w.Trim()).Where(w => w.Length > 0)
        .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    public static SensitiveWordList Empty { get; } = new([]);

    public IReadOnlyList<string> Matches(params string?[] texts) =>
        _words.Where(w => texts.Any(t => t?.Contains(w, StringComparison.OrdinalIgnoreCase) == true)).ToList();
}
