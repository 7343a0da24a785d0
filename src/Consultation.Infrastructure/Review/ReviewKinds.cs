namespace Consultation.Infrastructure.Review;

/// <summary>Every registered reviewed kind, found by the key review URLs carry.</summary>
public sealed class ReviewKinds(IEnumerable<ReviewedKind> kinds)
{
    public ReviewedKind? Find(string? key) => kinds.FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.Ordinal));
}
