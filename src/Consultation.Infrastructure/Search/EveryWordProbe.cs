using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Tells cheaply whether a strict query (every typed word) can match at all, before it is run in full: the same query
/// with each phrase loosened to "all its terms anywhere" (no positions read), stopped at the first document found.
/// Anything the strict query matches, the loosened one matches too, so "none" is certain and the search goes straight
/// to the relaxed query; checking every phrase's positions across thousands of documents only to find nothing was the
/// dearest part of a search whose words never meet.
/// </summary>
internal static class EveryWordProbe
{
    public static bool MayMatch(IndexSearcher searcher, Query strict)
    {
        var weight = searcher.CreateNormalizedWeight(WithoutPositions(strict));
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is not null && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) return true;
        }
        return false;
    }

    private static Query WithoutPositions(Query query)
    {
        switch (query)
        {
            case PhraseQuery phrase:
                var terms = new BooleanQuery(disableCoord: true);
                foreach (var term in phrase.GetTerms()) terms.Add(new TermQuery(term), Occur.MUST);
                return terms;
            case BooleanQuery boolean:
                var loosened = new BooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses) loosened.Add(WithoutPositions(clause.Query), clause.Occur);
                return loosened;
            default:
                return query;
        }
    }
}
