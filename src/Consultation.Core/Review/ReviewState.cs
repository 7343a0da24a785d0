namespace Consultation.Core.Review;

/// <summary>Where a document is in the 三审 (three-stage review).</summary>
public enum ReviewState
{
    Draft = 0,
    /// <summary>待初审.</summary>
    AwaitingFirstReview = 1,
    /// <summary>待复审.</summary>
    AwaitingSecondReview = 2,
    /// <summary>待终审.</summary>
    AwaitingFinalReview = 3,
    /// <summary>终审通过, ready to publish (now or at its scheduled time).</summary>
    Approved = 4,
}
