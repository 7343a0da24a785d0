namespace Consultation.Infrastructure.Search;

/// <summary>How results are ordered.</summary>
public enum SearchOrder
{
    Relevance = 0,
    /// <summary>Newest first.</summary>
    Date = 1,
}
