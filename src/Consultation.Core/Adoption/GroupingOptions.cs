namespace Consultation.Core.Adoption;

/// <summary>
/// Settings for grouping comments into 集中意见 (opinion groups), bound from configuration by the caller. The defaults
/// were tuned on short Chinese comments (20–100 characters): reworded versions of one request share about a third of
/// their character pairs, comments on different subjects a few percent.
/// </summary>
public sealed record GroupingOptions
{
    /// <summary>
    /// Characters per shingle. Two suits Chinese: most words are two characters long, so bigrams behave like words
    /// without a word list, and 建议延长 / 延长到 still share 延长. Three or more only match long verbatim runs.
    /// </summary>
    public int ShingleLength { get; init; } = 2;

    /// <summary>MinHash functions per comment; <c>HashCount / Bands</c> of them make one band.</summary>
    public int HashCount { get; init; } = 128;

    /// <summary>
    /// LSH bands. Two comments with Jaccard similarity s are compared at all with probability 1 − (1 − s^r)^b, r being
    /// the rows per band. The default 64 bands of 2 rows compare 99.8% of the pairs at s = 0.3 and 93% at 0.2, so a
    /// reworded request just above the threshold is not missed. The textbook 32 × 4 compares only 23% of the pairs at
    /// 0.3 and 64 × 3 83%; they are faster on large sets of similar-but-different comments, at that cost. Only a
    /// bucket of more than 64 comments is cut further by the next band's rows (<c>SimilarityBands</c>), so the
    /// longer bands cost recall only where common words, not copying, put thousands of comments together.
    /// </summary>
    public int Bands { get; init; } = 64;

    /// <summary>
    /// Least Jaccard similarity of two comments' shingle sets (shared bigrams / all bigrams) to put them in one group,
    /// above 0 and at most 1. At 0.3 the reworded requests 建议延长课后服务时间到下午六点 and
    /// 课后服务时间太短，建议延长到18点 (0.38) join, while comments sharing only words like 建议 or 学生 (under 0.1)
    /// stay apart. Lower values (0.15 to 0.2) also gather looser comments on one subject, such as 校车超载现象严重…
    /// and 建议加强校车安全管理… (0.18), at more risk of joining unrelated ones; 0.6 and up keeps only near-verbatim
    /// copies together.
    /// </summary>
    public double SimilarityThreshold { get; init; } = 0.3;

    /// <summary>Fewest comments that make a group, at least 2; smaller sets are left ungrouped.</summary>
    public int MinimumGroupSize { get; init; } = 2;
}
