namespace Consultation.Infrastructure.Search;

/// <summary>What a search result is; each is a facet with its own label (草案, 条款, 政策 …).</summary>
public enum SearchKind
{
    /// <summary>草案: a consultation's draft with its explanation.</summary>
    Draft = 0,
    /// <summary>条款: one clause of a draft, linked at its anchor.</summary>
    Clause = 1,
    /// <summary>政策: a published policy document.</summary>
    Policy = 2,
    /// <summary>解读: an interpretation of a policy or of a draft.</summary>
    Interpretation = 3,
    /// <summary>反馈报告: a published adoption report (意见采纳情况).</summary>
    Report = 4,
    /// <summary>会议: a meeting's invitation call and record.</summary>
    Meeting = 5,
    /// <summary>目录: a line of the yearly decision catalog.</summary>
    Catalog = 6,
    /// <summary>评估: a published policy evaluation.</summary>
    Evaluation = 7,
    /// <summary>文章: an article in a column.</summary>
    Article = 8,
    /// <summary>评论: a published public comment.</summary>
    Comment = 9,
    /// <summary>留言: a message whose answer was published.</summary>
    Message = 10,
    /// <summary>回应: a published 舆情回应 notice.</summary>
    Response = 11,
}
