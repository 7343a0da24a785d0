namespace Consultation.Core.Comments;

/// <summary>Receipt statuses: 已收到 / 已公开 / 暂缓公开 / 不予公开 / 已归并 / 已答复.</summary>
public enum CommentStatus
{
    Received = 0,
    Published = 1,
    Held = 2,
    Rejected = 3,
    Grouped = 4,
    Answered = 5,
}
