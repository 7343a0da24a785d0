using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Consultation.Infrastructure.Search;

/// <summary>Turns a <see cref="SearchDocument"/> into the index's fields (see <see cref="SearchFields"/>).</summary>
internal static class SearchDocuments
{
    public static Document ToLucene(string subject, SearchDocument d)
    {
        var kind = Name(d.Kind);
        var document = new Document
        {
            new StringField(SearchFields.Id, d.Id, Field.Store.YES),
            new StringField(SearchFields.Subject, subject, Field.Store.NO),
            new StringField(SearchFields.Kind, kind, Field.Store.YES),
            new SortedDocValuesField(SearchFields.KindValues, new BytesRef(kind)),
            new StoredField(SearchFields.Url, d.Url),
            new StoredField(SearchFields.Context, d.Context),
            new NumericDocValuesField(SearchFields.Date, d.Date.UtcTicks),
            new StoredField(SearchFields.DateStored, d.Date.UtcTicks),
            new NumericDocValuesField(SearchFields.Year, d.Year),
            new NumericDocValuesField(SearchFields.Column, d.ColumnId ?? 0),
        };
        foreach (var (field, text) in new[] { (SearchFields.Title, d.Title), (SearchFields.Summary, d.Summary), (SearchFields.Body, d.Body) })
        {
            document.Add(new TextField(field, text, Field.Store.YES));
            document.Add(new TextField(SearchFields.Pairs, text, Field.Store.NO));
        }
        if (d.Consultation is { } c)
        {
            document.Add(new NumericDocValuesField(SearchFields.Opens, c.OpensAt.UtcTicks));
            document.Add(new NumericDocValuesField(SearchFields.Closes, c.ClosesAt.UtcTicks));
            document.Add(new NumericDocValuesField(SearchFields.Reported, c.ReportedAt?.UtcTicks ?? 0));
        }
        return document;
    }

    public static string Name(SearchKind kind) => kind.ToString().ToLowerInvariant();

    public static SearchKind? KindNamed(string? name) =>
        Enum.TryParse<SearchKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
        && !int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? kind : null;
}
