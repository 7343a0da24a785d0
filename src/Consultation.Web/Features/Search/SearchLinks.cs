using System.Globalization;
using Consultation.Infrastructure.Search;
using Microsoft.AspNetCore.WebUtilities;

namespace Consultation.Web.Features.Search;

/// <summary>Addresses of the results page for the same search with one parameter changed (a facet, the order, a page).</summary>
public static class SearchLinks
{
    /// <summary>The current search with <paramref name="parameter"/> set to <paramref name="value"/> (null removes it); back to page 1 unless the page is what changes.</summary>
    public static string With(SearchPage page, string parameter, string? value)
    {
        var r = page.Request;
        var values = new Dictionary<string, string?>
        {
            ["q"] = page.Results.Query,
            ["type"] = r.Kind?.ToString().ToLowerInvariant(),
            ["year"] = Text(r.Year),
            ["column"] = Text(r.ColumnId),
            ["status"] = r.Status?.ToString().ToLowerInvariant(),
            ["sort"] = r.Order == SearchOrder.Date ? "date" : null,
            ["page"] = null,
        };
        values[parameter] = value;
        return QueryHelpers.AddQueryString("/search", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    public static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
