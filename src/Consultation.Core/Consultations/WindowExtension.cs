namespace Consultation.Core.Consultations;

/// <summary>One extension of a comment window, shown publicly: old close, new close, reason.</summary>
public sealed class WindowExtension
{
    private WindowExtension() { }

    public int Id { get; private set; }
    public int ConsultationId { get; private set; }
    public DateTimeOffset OldClosesAt { get; private set; }
    public DateTimeOffset NewClosesAt { get; private set; }
    public string Reason { get; private set; } = "";
    public string ExtendedBy { get; private set; } = "";
    public DateTimeOffset ExtendedAt { get; private set; }

    internal static WindowExtension Create(DateTimeOffset oldClose, DateTimeOffset newClose, string reason, string by,
        DateTimeOffset at) => new()
    {
        OldClosesAt = oldClose,
        NewClosesAt = newClose,
        Reason = reason,
        ExtendedBy = by,
        ExtendedAt = at,
    };
}
