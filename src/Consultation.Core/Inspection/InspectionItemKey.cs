namespace Consultation.Core.Inspection;

/// <summary>
/// The veto items (单项否决) and duties the self-check watches, after 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号)
/// and the source notice.
/// </summary>
public enum InspectionItemKey
{
    /// <summary>首页超过2周未更新.</summary>
    HomeStale,
    /// <summary>栏目超过更新周期未更新 (≥ 5 for a veto).</summary>
    StaleColumns,
    /// <summary>空白栏目 (≥ 5 for a veto).</summary>
    EmptyColumns,
    /// <summary>互动留言超过3个月未答复.</summary>
    UnansweredMessages,
    /// <summary>信息无发布日期.</summary>
    UndatedItems,
    /// <summary>政策解读未与政策文件相互关联.</summary>
    InterpretationLinks,
    /// <summary>内部链接和附件无法访问.</summary>
    BrokenLinks,
    /// <summary>依申请公开逾期未答复.</summary>
    OverdueDisclosure,
    /// <summary>意见采纳情况逾期未公开.</summary>
    OverdueReports,
    /// <summary>年度重大行政决策事项目录逾期未公开.</summary>
    OverdueCatalog,
}
