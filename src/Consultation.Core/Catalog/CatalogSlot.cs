namespace Consultation.Core.Catalog;

/// <summary>The six hyperlinks a 目录 entry carries (鲁教厅办字〔2023〕24号).</summary>
public enum CatalogSlot
{
    /// <summary>决策草案全文 → the consultation's draft.</summary>
    Draft = 0,
    /// <summary>起草说明 → the consultation's explanation.</summary>
    Explanation = 1,
    /// <summary>决策背景 → the decision's background page.</summary>
    Background = 2,
    /// <summary>意见收集和采纳情况 → the published feedback report.</summary>
    Feedback = 3,
    /// <summary>公众列席 → the meeting record.</summary>
    Attendance = 4,
    /// <summary>决策结果 → a published article.</summary>
    Result = 5,
}
