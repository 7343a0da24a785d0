namespace Consultation.Core.Consultations;

/// <summary>The consultation's adoption report went public: it now shows 已反馈.</summary>
public sealed record ConsultationReported(DateTimeOffset OccurredAt) : IDomainEvent;
