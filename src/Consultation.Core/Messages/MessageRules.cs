namespace Consultation.Core.Messages;

/// <summary>The reply clocks of 咨询留言, bound from the <c>Messages</c> section.</summary>
public sealed record MessageRules
{
    /// <summary>The department's own reply target, in working days after the message arrived.</summary>
    public int ReplyTargetWorkingDays { get; init; } = 5;

    /// <summary>Working days left on the target at which the dashboard starts to warn.</summary>
    public int DueSoonWorkingDays { get; init; } = 1;

    /// <summary>政府网站与政务新媒体检查指标: no valid message may stay unanswered longer than this.</summary>
    public int HardLimitMonths { get; init; } = 3;

    /// <summary>Days before the hard limit at which the dashboard and the self-check start to warn.</summary>
    public int HardLimitWarningDays { get; init; } = 14;

    /// <summary>Days after a message is answered or set aside that the asker's name and contact are kept.</summary>
    public int ContactRetentionDays { get; init; } = 365;
}
