namespace Consultation.Core.Disclosure;

/// <summary>Where a disclosure request stands, as the requester's status page shows it.</summary>
public enum DisclosureStatus
{
    /// <summary>办理中: registered, the reply clock runs.</summary>
    InProgress = 0,
    /// <summary>待补正: the requester was asked to correct the request; the clock waits for the corrected request.</summary>
    AwaitingCorrection = 1,
    /// <summary>已答复.</summary>
    Replied = 2,
    /// <summary>已送达: the reply was delivered and the delivery recorded.</summary>
    Delivered = 3,
    /// <summary>视为放弃: no correction arrived within the period given (条例 Art.30); the request is no longer handled.</summary>
    Abandoned = 4,
}
