using System.Globalization;
using Consultation.Infrastructure.Search;
using Consultation.Web.Hosting.Localization;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Search;

/// <summary>The JSON answer of /api/search: the results page's content with labels in the request's language.</summary>
public sealed class SearchJson(IStringLocalizer<SharedStrings> strings)
{
    public object From(SearchPage page)
    {
        var r = page.Results;
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        return new
        {
            query = r.Query,
            shortened = r.Shortened,
            relaxed = r.Relaxed,
            rebuilding = page.Rebuilding,
            unavailable = r.Unavailable,
            total = r.Total,
            page = r.Page,
            pageCount = r.PageCount,
            hits = r.Hits.Select(h => new
            {
                type = Name(h.Kind),
                typeLabel = strings[$"search.kind.{h.Kind}"].Value,
                title = h.Title,
                titleHtml = h.TitleHtml,
                snippetHtml = h.SnippetHtml,
                context = h.Context,
                url = h.Url,
                date = h.Date,
            }),
            facets = new
            {
                type = r.Facets.Kinds.Select(k => new { value = Name(k.Value), label = strings[$"search.kind.{k.Value}"].Value, count = k.Count }),
                year = r.Facets.Years.Select(y => new { value = y.Value, label = y.Value.ToString(CultureInfo.InvariantCulture), count = y.Count }),
                column = r.Facets.Columns.Select(c => new
                {
                    value = c.Value,
                    label = page.Columns.TryGetValue(c.Value, out var column) ? column.DisplayName(english) : "",
                    count = c.Count,
                }),
                status = r.Facets.Statuses.Select(s => new { value = Name(s.Value), label = strings[$"cstatus.{s.Value}"].Value, count = s.Count }),
            },
        };
    }

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
