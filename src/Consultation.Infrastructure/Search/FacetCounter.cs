using Consultation.Core.Consultations;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Sees every document the query matches once, counts the facets from the index's doc values (each facet with the
/// other facets' choices applied, not its own) and passes the documents that satisfy every choice on to
/// <paramref name="hits"/>. The consultation status is worked out here, for the current time, by the one status rule.
/// </summary>
internal sealed class FacetCounter(ICollector hits, SearchRequest request, DateTimeOffset now) : ICollector
{
    private readonly string? _kind = request.Kind is { } k ? SearchDocuments.Name(k) : null;
    private SortedDocValues? _kinds;
    private string[] _kindNames = [];
    private NumericDocValues? _years, _columns, _opens, _closes, _reported;

    public int Total { get; private set; }
    public Dictionary<string, int> Kinds { get; } = [];
    public Dictionary<int, int> Years { get; } = [];
    public Dictionary<int, int> Columns { get; } = [];
    public Dictionary<ConsultationStatus, int> Statuses { get; } = [];

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _kinds = reader.GetSortedDocValues(SearchFields.KindValues);
        _kindNames = new string[_kinds?.ValueCount ?? 0];
        var bytes = new BytesRef();
        for (var ord = 0; ord < _kindNames.Length; ord++)
        {
            _kinds!.LookupOrd(ord, bytes);
            _kindNames[ord] = bytes.Utf8ToString();
        }
        _years = reader.GetNumericDocValues(SearchFields.Year);
        _columns = reader.GetNumericDocValues(SearchFields.Column);
        _opens = reader.GetNumericDocValues(SearchFields.Opens);
        _closes = reader.GetNumericDocValues(SearchFields.Closes);
        _reported = reader.GetNumericDocValues(SearchFields.Reported);
        hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var ord = _kinds?.GetOrd(doc) ?? -1;
        var kind = ord >= 0 ? _kindNames[ord] : "";
        var year = (int)(_years?.Get(doc) ?? 0);
        var column = (int)(_columns?.Get(doc) ?? 0);
        var status = StatusOf(doc);

        var kindOk = _kind is null || _kind == kind;
        var yearOk = request.Year is null || request.Year == year;
        var columnOk = request.ColumnId is null || request.ColumnId == column;
        var statusOk = request.Status is null || request.Status == status;

        if (yearOk && columnOk && statusOk) Add(Kinds, kind);
        if (kindOk && columnOk && statusOk && year > 0) Add(Years, year);
        if (kindOk && yearOk && statusOk && column > 0) Add(Columns, column);
        if (kindOk && yearOk && columnOk && status is { } s) Add(Statuses, s);
        if (!(kindOk && yearOk && columnOk && statusOk)) return;
        Total++;
        hits.Collect(doc);
    }

    private ConsultationStatus? StatusOf(int doc)
    {
        var opens = _opens?.Get(doc) ?? 0;
        if (opens == 0) return null;
        var reported = _reported?.Get(doc) ?? 0;
        return ConsultationStatusRule.Of(new DateTimeOffset(opens, TimeSpan.Zero),
            new DateTimeOffset(_closes?.Get(doc) ?? 0, TimeSpan.Zero),
            reported == 0 ? null : new DateTimeOffset(reported, TimeSpan.Zero), now);
    }

    private static void Add<T>(Dictionary<T, int> counts, T key) where T : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
