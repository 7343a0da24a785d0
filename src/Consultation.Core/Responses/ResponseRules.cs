namespace Consultation.Core.Responses;

/// <summary>
/// The response-time target for 舆情回应, bound from the <c>Responses</c> section. The default of 48 hours follows the
/// 国办发〔2016〕61号 expectation for ordinary public concern.
/// </summary>
public sealed record ResponseRules
{
    public int TargetHours { get; init; } = 48;
}
