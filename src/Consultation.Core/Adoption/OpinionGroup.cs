namespace Consultation.Core.Adoption;

/// <summary>
/// 集中意见: comments that say the same thing, with the editor's summary, the clauses concerned and how the opinion
/// was handled. A disposition other than 采纳 needs a reason, which is published.
/// </summary>
public sealed class OpinionGroup
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;

    private OpinionGroup() { }

    public int Id { get; private set; }
    public int ConsultationId { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>The editor's summary of what the comments ask for.</summary>
    public string Summary { get; private set; } = "";
    /// <summary>Anchors of the draft clauses concerned, comma-separated.</summary>
    public string ClauseAnchors { get; private set; } = "";
    public Disposition Disposition { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>Anchor of the clause of the final text that changed because of this opinion, if any.</summary>
    public string? FinalClauseAnchor { get; private set; }
    /// <summary>Proposed by automatic grouping and not yet accepted by the editor: shown as a suggestion.</summary>
    public bool CreatedAutomatically { get; private set; }

    public IReadOnlyList<string> Clauses => ClauseAnchors.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsDecided => Disposition != Disposition.Undecided;

    public static OpinionGroup Create(int consultationId, string title, IEnumerable<string> clauseAnchors, bool automatic)
    {
        var group = new OpinionGroup { ConsultationId = consultationId, CreatedAutomatically = automatic };
        group.Describe(title, "", clauseAnchors);
        return group;
    }

    public void Describe(string title, string summary, IEnumerable<string> clauseAnchors)
    {
        var t = (title ?? "").Trim();
        if (t.Length == 0) throw new DomainException("group.title_required");
        if (t.Length > MaxTitleLength) throw new DomainException("group.title_too_long", MaxTitleLength);
        if ((summary ?? "").Length > MaxTextLength) throw new DomainException("group.text_too_long", MaxTextLength);
        Title = t;
        Summary = (summary ?? "").Trim();
        ClauseAnchors = string.Join(',', clauseAnchors.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct());
    }

    /// <summary>The editor keeps a proposed group; accepting one already accepted changes nothing.</summary>
    public void Accept() => CreatedAutomatically = false;

    /// <summary>Records the disposition; anything short of full adoption must say why.</summary>
    public void Decide(Disposition disposition, string? reason, string? finalClauseAnchor)
    {
        if (disposition == Disposition.Undecided) throw new DomainException("group.disposition_required");
        var why = reason?.Trim();
        if (disposition != Disposition.Adopted && string.IsNullOrEmpty(why)) throw new DomainException("group.reason_required");
        if (why?.Length > MaxTextLength) throw new DomainException("group.text_too_long", MaxTextLength);
        Disposition = disposition;
        Reason = string.IsNullOrEmpty(why) ? null : why;
        FinalClauseAnchor = string.IsNullOrWhiteSpace(finalClauseAnchor) ? null : finalClauseAnchor.Trim();
    }
}
