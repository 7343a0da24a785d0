using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Consultation.Infrastructure.Search;

/// <summary>Turns a <see cref="SearchDocument"/> into the index's fields (see <see cref="SearchFields"/>).</summary>
internal static class SearchDocuments
{
    /// <summary>The word fields' analysis, run once per text for the words and their pairs (<see cref="AnalysedText"/>).</summary>
    private static readonly ChineseWordAnalyzer Words = new();

    /// <summary>Word pairs are only looked up, never matched as phrases: no positions to store or read.</summary>
    private static readonly FieldType WordPairsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS,
    });

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
            var words = AnalysedText.Of(Words, field, text);
            document.Add(new StoredField(field, text));
            document.Add(new TextField(field, words.Words()));
            document.Add(new TextField(SearchFields.Pairs, text, Field.Store.NO));
            document.Add(new Field(SearchFields.WordPairs, words.WordPairs(), WordPairsType));
        }
        if (d.Consultation is { } c)
        {
            document.Add(new NumericDocValuesField(SearchFields.Opens, c.OpensAt.UtcTicks));
            document.Add(new NumericDocValuesField(SearchFields.Closes, c.ClosesAt.UtcTicks));
            document.Add(new NumericDocValuesField(SearchFields.Reported, c.ReportedAt?.UtcTicks ?? 0));
        }
        return document;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public static string Name(SearchKind kind) => kind.ToString().ToLowerInvariant();

    public static SearchKind? KindNamed(string? name) =>
        Enum.TryParse<SearchKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
        && !int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? kind : null;
}
