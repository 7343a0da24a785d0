namespace Consultation.Core.WorkPoints;

/// <summary>How far a 工作要点 has come, as reported by its lead office.</summary>
public enum WorkPointStatus
{
    /// <summary>未开始.</summary>
    NotStarted = 0,
    /// <summary>推进中.</summary>
    InProgress = 1,
    /// <summary>已完成.</summary>
    Completed = 2,
}
