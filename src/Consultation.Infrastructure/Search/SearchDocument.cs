using Consultation.Core;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// One search result as indexed: only what the public page shows (never a draft, never contact details).
/// <see cref="SubjectKey"/> names the aggregate it comes from, so all of a subject's documents are replaced together.
/// <see cref="Id"/> is unique across the index, e.g. <c>clause:3:tiao-5</c>.
/// </summary>
public sealed record SearchDocument(
    string SubjectKey,
    string Id,
    SearchKind Kind,
    string Title,
    string Summary,
    string Body,
    string Url,
    DateTimeOffset Date)
{
    /// <summary>The year it is filed under (a decision's year, an evaluation's year …); by default the Shanghai year of <see cref="Date"/>.</summary>
    public int Year { get; init; } = ShanghaiTime.DayOf(Date).Year;

    /// <summary>Where the result belongs, shown under its title but not searched (a clause's draft, a comment's consultation).</summary>
    public string Context { get; init; } = "";

    /// <summary>The column of an article, for the column facet.</summary>
    public int? ColumnId { get; init; }

    /// <summary>For a consultation's own documents: its window and report date, from which its status is worked out when searching.</summary>
    public ConsultationTimes? Consultation { get; init; }
}
