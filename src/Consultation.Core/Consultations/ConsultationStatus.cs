namespace Consultation.Core.Consultations;

/// <summary>What the public sees: 未开始 / 征集中 / 已截止 / 已反馈.</summary>
public enum ConsultationStatus
{
    NotStarted = 0,
    Open = 1,
    Closed = 2,
    Reported = 3,
}
