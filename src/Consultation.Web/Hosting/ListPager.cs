using System.Text.Encodings.Web;
using Consultation.Infrastructure.Database;

namespace Consultation.Web.Hosting;

/// <summary>
/// The 上一页/下一页 links of a keyset-paged list (<c>views/Shared/_ListPager</c>): the neighbours' opaque cursors, with
/// the list's other filters kept. No page numbers: counting every row to number pages is what keyset paging avoids.
/// </summary>
public sealed record ListPager(string? Newer, string? Older, IReadOnlyDictionary<string, string?> Filters)
{
    public static ListPager Of<T>(KeysetPage<T> page, IReadOnlyDictionary<string, string?>? filters = null) =>
        new(page.Newer, page.Older, filters ?? new Dictionary<string, string?>());

    public bool Shown => Newer is not null || Older is not null;

    public string Href(string cursor) => "?" + string.Join('&', Filters.Where(f => !string.IsNullOrEmpty(f.Value))
        .Select(f => $"{UrlEncoder.Default.Encode(f.Key)}={UrlEncoder.Default.Encode(f.Value!)}")
        .Append($"cursor={UrlEncoder.Default.Encode(cursor)}"));
}
