using System.Globalization;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Search;

namespace Consultation.Web.Features.Search;

/// <summary>
/// The search parameters as typed in the address bar: every one is read as text and anything unreadable is ignored,
/// so no input can fail the request. <c>q</c>, <c>type</c>, <c>year</c>, <c>column</c>, <c>status</c>,
/// <c>sort</c> (relevance or date) and <c>page</c>, the same for /search and /api/search.
/// </summary>
public sealed class SearchForm
{
    public string? Q { get; set; }
    public string? Type { get; set; }
    public string? Year { get; set; }
    public string? Column { get; set; }
    public string? Status { get; set; }
    public string? Sort { get; set; }
    public string? Page { get; set; }

    public SearchRequest ToRequest() => new(Q,
        Kind: Enum.TryParse<SearchKind>(Type, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !IsNumber(Type) ? kind : null,
        Year: Number(Year) is >= 1900 and <= 2200 and var year ? year : null,
        ColumnId: Number(Column) is > 0 and var column ? column : null,
        Status: Enum.TryParse<ConsultationStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status) && !IsNumber(Status)
            ? status : null,
        Order: string.Equals(Sort, "date", StringComparison.OrdinalIgnoreCase) ? SearchOrder.Date : SearchOrder.Relevance,
        Page: Number(Page) is > 0 and var page ? page : 1);

    private static bool IsNumber(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
