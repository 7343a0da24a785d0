namespace Consultation.Infrastructure.Operations;

/// <summary>When a vital sign turns from healthy to degraded: the thresholds a load balancer and the office see.</summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>Outbox messages a node may have yet to apply (search, caches) before it reports itself degraded.</summary>
    public long MaxOutboxLag { get; set; } = 500;

    /// <summary>Minutes the oldest queued mail may wait before mail delivery is reported degraded.</summary>
    public int MaxMailWaitMinutes { get; set; } = 30;

    /// <summary>Hours back that a mail given up as failed still counts against mail delivery.</summary>
    public int MailFailureWindowHours { get; set; } = 24;
}
