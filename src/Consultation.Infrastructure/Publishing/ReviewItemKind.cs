namespace Consultation.Infrastructure.Publishing;

/// <summary>Every kind of thing that goes through 三审; a meeting is there twice, once per publication.</summary>
public enum ReviewItemKind
{
    /// <summary>文章.</summary>
    Article,
    /// <summary>意见征集.</summary>
    Consultation,
    /// <summary>采纳情况报告.</summary>
    FeedbackReport,
    /// <summary>政策文件.</summary>
    PolicyDocument,
    /// <summary>会议邀请公告.</summary>
    MeetingInvitation,
    /// <summary>会议记录.</summary>
    MeetingRecord,
    /// <summary>政策评估.</summary>
    Evaluation,
}
