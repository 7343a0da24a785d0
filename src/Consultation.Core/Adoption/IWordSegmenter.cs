namespace Consultation.Core.Adoption;

/// <summary>
/// Splits a comment into the words that carry its meaning (Chinese segmentation, stop words dropped). Implemented in
/// Infrastructure with the same analyzer as search, so grouping and search agree on what a word is.
/// </summary>
public interface IWordSegmenter
{
    IReadOnlyList<string> Words(string text);
}
