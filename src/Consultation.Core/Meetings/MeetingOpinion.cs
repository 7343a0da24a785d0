namespace Consultation.Core.Meetings;

/// <summary>One opinion an invitee gave on a decision at the meeting, and how the department handled it.</summary>
public sealed class MeetingOpinion
{
    private MeetingOpinion() { }

    public int Id { get; private set; }
    public int InviteeId { get; private set; }
    /// <summary>The decision (重大行政决策) the opinion is about.</summary>
    public int DecisionId { get; private set; }
    public string Text { get; private set; } = "";
    public HandlingOutcome? Outcome { get; private set; }
    /// <summary>处理说明: what was adopted, why not, or where it was referred.</summary>
    public string HandlingText { get; private set; } = "";

    public bool IsHandled => Outcome is not null;

    internal static MeetingOpinion Create(int decisionId, string text)
    {
        if (decisionId <= 0) throw new DomainException("meeting.decision_required");
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("meeting.opinion_required");
        if (text.Trim().Length > 4000) throw new DomainException("meeting.text_too_long");
        return new MeetingOpinion { DecisionId = decisionId, Text = text.Trim() };
    }

    internal void Handle(HandlingOutcome outcome, string text)
    {
        if (!Enum.IsDefined(outcome)) throw new DomainException("meeting.outcome_unknown");
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("meeting.handling_required");
        if (text.Trim().Length > 4000) throw new DomainException("meeting.text_too_long");
        Outcome = outcome;
        HandlingText = text.Trim();
    }
}
