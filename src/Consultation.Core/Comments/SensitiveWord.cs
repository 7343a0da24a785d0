namespace Consultation.Core.Comments;

/// <summary>One entry of the editable sensitive-word list; a matching comment is held for review.</summary>
public sealed class SensitiveWord
{
    public const int MaxLength = 50;

    private SensitiveWord() { }

    public int Id { get; private set; }
    public string Word { get; private set; } = "";

    public static SensitiveWord Create(string word)
    {
        var value = (word ?? "").Trim();
        if (value.Length == 0) throw new DomainException("sensitive.word_required");
        if (value.Length > MaxLength) throw new DomainException("sensitive.word_too_long", MaxLength);
        return new SensitiveWord { Word = value };
    }
}
