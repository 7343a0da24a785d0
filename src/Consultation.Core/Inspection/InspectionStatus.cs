namespace Consultation.Core.Inspection;

/// <summary>The verdict on one veto item of the 检查指标: 通过, 有风险, 不合格.</summary>
public enum InspectionStatus
{
    Pass = 0,
    AtRisk = 1,
    Fail = 2,
}
