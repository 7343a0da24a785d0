namespace Consultation.Core.Catalog;

/// <summary>目录事项状态.</summary>
public enum CatalogStatus
{
    /// <summary>计划.</summary>
    Planned = 0,
    /// <summary>征求意见.</summary>
    Consulting = 1,
    /// <summary>已决策.</summary>
    Decided = 2,
    /// <summary>已调整 (needs a public reason).</summary>
    Adjusted = 3,
    /// <summary>已反馈: the adoption report (意见收集和采纳情况) is public; the decision's result is not yet.</summary>
    Reported = 4,
}
