using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// One index segment's facet doc values read into plain arrays, once per segment and kept while the segment lives
/// (keyed by its core, as Lucene's own field cache is): counting facets over a query that matches most of the index
/// then costs array reads instead of decoding packed doc values per document.
/// </summary>
internal sealed class FacetValues
{
    private static readonly ConditionalWeakTable<object, FacetValues> Cache = new();

    private FacetValues(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        var kinds = reader.GetSortedDocValues(SearchFields.KindValues);
        KindNames = new string[kinds?.ValueCount ?? 0];
        var bytes = new BytesRef();
        for (var ord = 0; ord < KindNames.Length; ord++)
        {
            kinds!.LookupOrd(ord, bytes);
            KindNames[ord] = bytes.Utf8ToString();
        }
        KindOrds = new int[count];
        Years = new int[count];
        Columns = new int[count];
        Opens = new long[count];
        Closes = new long[count];
        Reported = new long[count];
        var years = reader.GetNumericDocValues(SearchFields.Year);
        var columns = reader.GetNumericDocValues(SearchFields.Column);
        var opens = reader.GetNumericDocValues(SearchFields.Opens);
        var closes = reader.GetNumericDocValues(SearchFields.Closes);
        var reported = reader.GetNumericDocValues(SearchFields.Reported);
        for (var doc = 0; doc < count; doc++)
        {
            KindOrds[doc] = kinds?.GetOrd(doc) ?? -1;
            Years[doc] = (int)(years?.Get(doc) ?? 0);
            Columns[doc] = (int)(columns?.Get(doc) ?? 0);
            Opens[doc] = opens?.Get(doc) ?? 0;
            if (Opens[doc] == 0) continue;
            Closes[doc] = closes?.Get(doc) ?? 0;
            Reported[doc] = reported?.Get(doc) ?? 0;
        }
    }

    public string[] KindNames { get; }
    public int[] KindOrds { get; }
    public int[] Years { get; }
    public int[] Columns { get; }
    public long[] Opens { get; }
    public long[] Closes { get; }
    public long[] Reported { get; }

    public static FacetValues Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new FacetValues(reader));
}
