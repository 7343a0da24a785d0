namespace Consultation.Core.Review;

/// <summary>One move of a <see cref="ReviewWorkflow"/>; <see cref="Action"/> is a stable key (submit, approve, send_back …).</summary>
public sealed record ReviewTransition(ReviewState From, ReviewState To, string Action);
