namespace Consultation.Core.Consultations;

/// <summary>
/// When comments are accepted. A window shorter than the configured minimum needs a reason, which is published
/// beside the draft (国务院令第713号 Art.15).
/// </summary>
public sealed record ConsultationWindow(DateTimeOffset OpensAt, DateTimeOffset ClosesAt, string? ShortWindowReason)
{
    public static ConsultationWindow Create(DateTimeOffset opensAt, DateTimeOffset closesAt, string? shortReason,
        ConsultationRules rules)
    {
        if (closesAt <= opensAt) throw new DomainException("window.close_before_open");
        var reason = string.IsNullOrWhiteSpace(shortReason) ? null : shortReason.Trim();
        if (reason?.Length > rules.MaxReasonLength) throw new DomainException("window.reason_too_long", rules.MaxReasonLength);
        var isShort = closesAt - opensAt < TimeSpan.FromDays(rules.MinimumWindowDays);
        if (isShort && reason is null) throw new DomainException("window.short_needs_reason", rules.MinimumWindowDays);
        return new ConsultationWindow(opensAt, closesAt, isShort ? reason : null);
    }

    /// <summary>
    /// At 终审, the public must still get the minimum window (or read the recorded reason for a shorter one): a draft
    /// approved late would otherwise quietly leave fewer days than the law asks.
    /// </summary>
    public void RequireLongEnoughFrom(DateTimeOffset approvedAt, ConsultationRules rules)
    {
        var start = approvedAt > OpensAt ? approvedAt : OpensAt;
        var remaining = ClosesAt - start;
        if (ShortWindowReason is null && remaining < TimeSpan.FromDays(rules.MinimumWindowDays))
            throw new DomainException("window.too_short_at_approval", rules.MinimumWindowDays, Math.Max(0, (int)remaining.TotalDays));
    }

    /// <summary>Open from the opening instant (inclusive) to the closing instant (exclusive).</summary>
    public bool IsOpenAt(DateTimeOffset now) => now >= OpensAt && now < ClosesAt;

    public bool IsClosingSoon(DateTimeOffset now, ConsultationRules rules) =>
        IsOpenAt(now) && ClosesAt - now <= TimeSpan.FromDays(rules.ClosingSoonDays);
}
