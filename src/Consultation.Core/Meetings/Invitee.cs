namespace Consultation.Core.Meetings;

/// <summary>
/// A member of the public invited to a meeting (列席人员). <see cref="Contact"/> is for the office only: the public record
/// is built from <see cref="PublicName"/>, which is the anonymised label when the invitee asked for one.
/// </summary>
public sealed class Invitee
{
    private readonly List<MeetingOpinion> _opinions = [];

    private Invitee() { }

    public int Id { get; private set; }
    public int MeetingId { get; private set; }
    public InviteeKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>e.g. 群众代表甲; shown instead of the name when set.</summary>
    public string? AnonymisedLabel { get; private set; }
    public string Organisation { get; private set; } = "";
    /// <summary>Phone or e-mail for the office; never shown publicly.</summary>
    public string Contact { get; private set; } = "";
    public Attendance Attendance { get; private set; }
    public IReadOnlyList<MeetingOpinion> Opinions => _opinions;

    public string PublicName => AnonymisedLabel ?? Name;

    internal static Invitee Create(InviteeKind kind, string name, string? label, string organisation, string contact)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("meeting.invitee_kind_unknown");
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("meeting.invitee_name_required");
        if (name.Trim().Length > 100 || (label ?? "").Trim().Length > 100)
            throw new DomainException("meeting.invitee_name_too_long");
        if ((organisation ?? "").Trim().Length > 200) throw new DomainException("meeting.organisation_too_long");
        if ((contact ?? "").Trim().Length > 200) throw new DomainException("meeting.contact_too_long");
        return new Invitee
        {
            Kind = kind,
            Name = name.Trim(),
            AnonymisedLabel = string.IsNullOrWhiteSpace(label) ? null : label.Trim(),
            Organisation = (organisation ?? "").Trim(),
            Contact = (contact ?? "").Trim(),
        };
    }

    internal void Mark(Attendance attendance)
    {
        if (!Enum.IsDefined(attendance)) throw new DomainException("meeting.attendance_unknown");
        Attendance = attendance;
    }

    internal MeetingOpinion Add(MeetingOpinion opinion)
    {
        _opinions.Add(opinion);
        return opinion;
    }
}
