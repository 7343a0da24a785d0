using Consultation.Core.Meetings;

namespace Consultation.Infrastructure.Meetings;

/// <summary>An opinion on the public record with the decision it concerns and how it was handled.</summary>
public sealed record PublicMeetingOpinion(
    int Id,
    int DecisionId,
    string DecisionTitle,
    string Text,
    HandlingOutcome Outcome,
    string HandlingText);
