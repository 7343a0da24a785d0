namespace Consultation.Infrastructure.Audit;

/// <summary>
/// What verifying the audit chain found: how many lines were checked, the head hash, and, if a link is broken, the
/// first broken line and why (its own hash does not match its fields, or it does not point at the line before it).
/// </summary>
public sealed record AuditChainCheck(long Checked, string HeadHash, long? BrokenAt, string? Problem)
{
    public bool Intact => BrokenAt is null;
}
