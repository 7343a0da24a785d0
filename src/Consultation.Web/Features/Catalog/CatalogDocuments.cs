using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Consultation.Core.Catalog;
using Consultation.Infrastructure.Catalog;
using Consultation.Infrastructure.Exports;
using Consultation.Web.Hosting.Localization;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Catalog;

/// <summary>The catalog as CSV (UTF-8 with BOM, for Excel), JSON and an Atom feed; a link not yet public stays empty.</summary>
public sealed class CatalogDocuments(IStringLocalizer<SharedStrings> strings)
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

    public static object Json(IReadOnlyList<CatalogRow> rows, string origin) => rows.Select(r => new
    {
        r.Id,
        r.Year,
        Decision = r.DecisionTitle,
        r.Office,
        r.PlannedTiming,
        Status = r.Status.ToString(),
        r.AdjustmentReason,
        Complete = r.Complete,
        Links = r.Links.ToDictionary(l => JsonName(l.Slot), l => l.Url is null ? null : origin + l.Url),
        Missing = r.Missing.Select(JsonName).ToList(),
    }).ToList();

    public byte[] Atom(int year, IReadOnlyList<CatalogRow> rows, string origin, DateTimeOffset now)
    {
        var feed = new SyndicationFeed(strings["catalog.year_title", year].Value, "", new Uri($"{origin}/catalog/{year}"),
            $"{origin}/catalog/{year}/atom.xml", now)
        {
            Items = rows.Select(r => new SyndicationItem(r.DecisionTitle, Summary(r), new Uri($"{origin}/catalog/{year}#entry-{r.Id}"),
                $"{origin}/catalog/{year}#entry-{r.Id}", now)).ToList(),
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            feed.SaveAsAtom10(writer);
        return buffer.ToArray();
    }

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
