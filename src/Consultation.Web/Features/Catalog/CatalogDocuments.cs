using System.Globalization;
using System.Text.Json;
using Consultation.Core.Catalog;
using Consultation.Infrastructure.Catalog;
using Consultation.Infrastructure.Exports;
using Consultation.Infrastructure.Feeds;
using Consultation.Web.Features.Feeds;
using Consultation.Web.Hosting.Localization;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Catalog;

/// <summary>The catalog as CSV (UTF-8 with BOM, for Excel), JSON and an Atom feed; a link not yet public stays empty.</summary>
public sealed class CatalogDocuments(IStringLocalizer<SharedStrings> strings, StringCatalog catalog, AtomFeed atom)
{
    public Task<byte[]> CsvAsync(IReadOnlyList<CatalogRow> rows, string origin, CancellationToken ct)
    {
        var header = new List<string> { strings["catalog.year"], strings["catalog.decision"], strings["catalog.office"],
            strings["catalog.timing"], strings["catalog.status"], strings["catalog.reason"] };
        header.AddRange(Enum.GetValues<CatalogSlot>().Select(s => strings[$"catalog.slot.{s}"].Value));
        var lines = rows.Select(r => (IReadOnlyList<string?>)new List<string?>
        {
            r.Year.ToString(CultureInfo.InvariantCulture), r.DecisionTitle, r.Office, r.PlannedTiming,
            strings[$"catalog.status.{r.Status}"], r.AdjustmentReason,
        }.Concat(r.Links.Select(l => Cell(l, origin))).ToList());
        return CsvWriter.ToBytesAsync(header, lines, ct);
    }

    /// <summary>The status as a stable code with its Chinese label (<see cref="CodedLabel"/>), never the bare enum name.</summary>
    public object Json(IReadOnlyList<CatalogRow> rows, string origin) => rows.Select(r => new
    {
        r.Id,
        r.Year,
        Decision = r.DecisionTitle,
        r.Office,
        r.PlannedTiming,
        Status = CodedLabel.Of(r.Status, "catalog.status", catalog),
        r.UpdatedAt,
        r.AdjustmentReason,
        Complete = r.Complete,
        Links = r.Links.ToDictionary(l => JsonName(l.Slot), l => l.Url is null ? null : origin + l.Url),
        Missing = r.Missing.Select(JsonName).ToList(),
    }).ToList();

    /// <summary>Each line's <c>updated</c> is its own last approved change, the feed's the newest line's.</summary>
    public byte[] Atom(int year, IReadOnlyList<CatalogRow> rows, string origin) =>
        atom.Write($"catalog-{year}", strings["catalog.year_title", year].Value, origin, $"/catalog/{year}",
            $"/catalog/{year}/atom.xml", Items(year, rows));

    public IReadOnlyList<FeedItem> Items(int year, IReadOnlyList<CatalogRow> rows) =>
        rows.Select(r => new FeedItem($"catalog-{year}-{r.Id.ToString(CultureInfo.InvariantCulture)}", r.DecisionTitle,
            Summary(r), $"/catalog/{year}#entry-{r.Id.ToString(CultureInfo.InvariantCulture)}", r.UpdatedAt,
            JsonNamingPolicy.CamelCase.ConvertName(r.Status.ToString()))).ToList();

    private string Summary(CatalogRow r)
    {
        var parts = new List<string> { $"{strings["catalog.office"]}：{r.Office}", $"{strings["catalog.status"]}：{strings[$"catalog.status.{r.Status}"]}" };
        if (r.AdjustmentReason is { } reason) parts.Add($"{strings["catalog.reason"]}：{reason}");
        return string.Join("；", parts);
    }

    private string Cell(CatalogLink link, string origin) =>
        link.Url is { } url ? origin + url : link.Pending ? strings["catalog.pending"] : "";

    private static string JsonName(CatalogSlot slot) => JsonNamingPolicyCamel(slot.ToString());

    private static string JsonNamingPolicyCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
