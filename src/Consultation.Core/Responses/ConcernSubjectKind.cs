namespace Consultation.Core.Responses;

/// <summary>What public concern is about: one of the site's policies, consultations or articles.</summary>
public enum ConcernSubjectKind
{
    Policy = 0,
    Consultation = 1,
    Article = 2,
}
