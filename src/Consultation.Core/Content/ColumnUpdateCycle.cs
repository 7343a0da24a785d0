namespace Consultation.Core.Content;

/// <summary>
/// How often a column must be updated, as the 政府网站与政务新媒体检查指标 asks: news-type columns (动态、要闻) within
/// two weeks, notice- and policy-type columns (通知公告、政策文件) within six months. The periods are settings
/// (<c>Inspection:NewsColumnDays</c>, <c>Inspection:NoticeColumnMonths</c>); the cycle is chosen per column.
/// </summary>
public enum ColumnUpdateCycle
{
    /// <summary>Not checked: a grouping column, or one whose content is a feature page.</summary>
    None = 0,
    /// <summary>动态、要闻类.</summary>
    News = 1,
    /// <summary>通知公告、政策文件类.</summary>
    Notice = 2,
}
