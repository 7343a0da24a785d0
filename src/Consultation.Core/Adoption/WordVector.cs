namespace Consultation.Core.Adoption;

/// <summary>A comment's TF-IDF word vector of length one: word numbers with their weights, heaviest first.</summary>
internal sealed class WordVector
{
    public WordVector(int[] words, double[] weights)
    {
        // Heaviest first, ties by word number, so the distinctive words (and so the result) depend only on the input.
        var order = Enumerable.Range(0, words.Length)
            .OrderByDescending(k => weights[k]).ThenBy(k => words[k]).ToArray();
        (Words, Weights) = ([.. order.Select(k => words[k])], [.. order.Select(k => weights[k])]);
    }

    public int[] Words { get; }

    public double[] Weights { get; }

    /// <summary>The <paramref name="count"/> words that weigh most: the ones that tell this comment from others.</summary>
    public IEnumerable<int> Heaviest(int count) => Words.Take(count);
}
