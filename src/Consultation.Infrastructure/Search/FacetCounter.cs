using Consultation.Core.Consultations;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Sees every document the query matches once, counts the facets from the index's doc values (each facet with the
/// other facets' choices applied, not its own) and passes the documents that satisfy every choice on to
/// <paramref name="hits"/>. The consultation status is worked out here, for the current time, by the one status rule.
/// Counting uses arrays indexed by value, so a query matching most of the index stays cheap.
/// </summary>
internal sealed class FacetCounter(ICollector hits, SearchRequest request, DateTimeOffset now) : ICollector
{
    private const int FirstYear = 1900;
    private const int LastYear = 2200;

    private readonly string? _kind = request.Kind is { } k ? SearchDocuments.Name(k) : null;
    private readonly int[] _years = new int[LastYear - FirstYear + 1];
    private readonly int[] _statuses = new int[Enum.GetValues<ConsultationStatus>().Length];
    private readonly Dictionary<int, int> _columns = [];
    private readonly Dictionary<string, int> _kinds = [];
    private FacetValues? _values;
    private int[] _kindCounts = [];
    private int _wantedKindOrd = -1;

    public int Total { get; private set; }

    public IReadOnlyDictionary<string, int> Kinds
    {
        get
        {
            FlushKinds();
            return _kinds;
        }
    }

    public IEnumerable<KeyValuePair<int, int>> Years =>
        _years.Select((count, i) => KeyValuePair.Create(FirstYear + i, count)).Where(y => y.Value > 0);

    public IReadOnlyDictionary<int, int> Columns => _columns;

    public IEnumerable<KeyValuePair<ConsultationStatus, int>> Statuses =>
        _statuses.Select((count, i) => KeyValuePair.Create((ConsultationStatus)i, count)).Where(s => s.Value > 0);

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushKinds();
        _values = FacetValues.Of(context.AtomicReader);
        _kindCounts = new int[_values.KindNames.Length];
        _wantedKindOrd = Array.IndexOf(_values.KindNames, _kind);
        hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var values = _values!;
        var ord = values.KindOrds[doc];
        var year = values.Years[doc];
        var column = values.Columns[doc];
        var status = values.Opens[doc] == 0 ? (ConsultationStatus?)null : ConsultationStatusRule.Of(
            new DateTimeOffset(values.Opens[doc], TimeSpan.Zero), new DateTimeOffset(values.Closes[doc], TimeSpan.Zero),
            values.Reported[doc] == 0 ? null : new DateTimeOffset(values.Reported[doc], TimeSpan.Zero), now);

        var kindOk = _kind is null || (ord >= 0 && ord == _wantedKindOrd);
        var yearOk = request.Year is null || request.Year == year;
        var columnOk = request.ColumnId is null || request.ColumnId == column;
        var statusOk = request.Status is null || request.Status == status;

        if (yearOk && columnOk && statusOk && ord >= 0) _kindCounts[ord]++;
        if (kindOk && columnOk && statusOk && year is >= FirstYear and <= LastYear) _years[year - FirstYear]++;
        if (kindOk && yearOk && statusOk && column > 0) _columns[column] = _columns.GetValueOrDefault(column) + 1;
        if (kindOk && yearOk && columnOk && status is { } s) _statuses[(int)s]++;
        if (!(kindOk && yearOk && columnOk && statusOk)) return;
        Total++;
        hits.Collect(doc);
    }

    /// <summary>Adds the counts of another counter that saw other segments of the same search.</summary>
    public void Add(FacetCounter other)
    {
        Total += other.Total;
        for (var i = 0; i < _years.Length; i++) _years[i] += other._years[i];
        for (var i = 0; i < _statuses.Length; i++) _statuses[i] += other._statuses[i];
        foreach (var (column, count) in other._columns) _columns[column] = _columns.GetValueOrDefault(column) + count;
        FlushKinds();
        foreach (var (kind, count) in other.Kinds) _kinds[kind] = _kinds.GetValueOrDefault(kind) + count;
    }

    /// <summary>Adds the segment's per-ordinal kind counts to the totals by name (ordinals differ between segments).</summary>
    private void FlushKinds()
    {
        for (var ord = 0; ord < _kindCounts.Length; ord++)
        {
            if (_kindCounts[ord] == 0) continue;
            var name = _values!.KindNames[ord];
            _kinds[name] = _kinds.GetValueOrDefault(name) + _kindCounts[ord];
            _kindCounts[ord] = 0;
        }
    }
}
