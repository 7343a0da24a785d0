namespace Consultation.Core.Consultations;

/// <summary>An interpretation (解读) published with the draft, in one form.</summary>
public sealed class Interpretation
{
    private Interpretation() { }

    public int Id { get; private set; }
    public int ConsultationId { get; private set; }
    public InterpretationForm Form { get; private set; }
    public string Title { get; private set; } = "";
    public string BodyMarkdown { get; private set; } = "";
    /// <summary>When the interpretation passed 三审 with its consultation; until then the public does not see it.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public bool IsPublic => PublishedAt is not null;

    internal void Publish(DateTimeOffset now) => PublishedAt ??= now;

    /// <summary>The title column's size: a longer title is refused here, not by the database.</summary>
    public const int MaxTitleLength = 300;

    internal static Interpretation Create(InterpretationForm form, string title, string body)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("interpretation.title_required");
        if (title.Trim().Length > MaxTitleLength) throw new DomainException("interpretation.title_too_long", MaxTitleLength);
        if (string.IsNullOrWhiteSpace(body)) throw new DomainException("interpretation.body_required");
        return new Interpretation { Form = form, Title = title.Trim(), BodyMarkdown = body };
    }
}
