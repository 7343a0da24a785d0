using Consultation.Core.Meetings;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Meetings;

/// <summary>Meetings whose invitation call or record has passed 三审; the record's invitees only once it is public.</summary>
public sealed class PublicMeetings(ConsultationDbContext db)
{
    /// <summary>One page of public meetings, latest meeting time first, keyset-paged by (meeting time, id).</summary>
    public async Task<KeysetPage<PublicMeetingSummary>> PageAsync(string? cursor, int size, CancellationToken ct = default) =>
        (await Keyset.PageAsync(db.Meetings.AsNoTracking()
                .Where(m => m.InvitationPublishedAt != null || m.RecordPublishedAt != null),
            m => m.HeldAt, m => m.Id, cursor, size, ct))
        .Select(m => new PublicMeetingSummary(m.Id, m.Kind, m.Title, m.HeldAt, m.Place,
            m.InvitationPublishedAt != null, m.RecordPublishedAt != null));

    /// <summary>Public meetings that had the decision on their agenda, for a link from the decision's page.</summary>
    public Task<List<PublicMeetingSummary>> ForDecisionAsync(int decisionId, CancellationToken ct = default) =>
        db.Meetings.AsNoTracking()
            .Where(m => m.DecisionId == decisionId && (m.InvitationPublishedAt != null || m.RecordPublishedAt != null))
            .OrderByDescending(m => m.HeldAt)
            .Select(m => new PublicMeetingSummary(m.Id, m.Kind, m.Title, m.HeldAt, m.Place,
                m.InvitationPublishedAt != null, m.RecordPublishedAt != null))
            .ToListAsync(ct);

    public async Task<PublicMeeting?> FindAsync(int id, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Invitees).ThenInclude(i => i.Opinions)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is not { IsPublic: true }) return null;
        var invitees = meeting.RecordPublishedAt is null ? [] : meeting.Invitees;
        var decisionIds = invitees.SelectMany(i => i.Opinions).Select(o => o.DecisionId).Append(meeting.DecisionId)
            .Distinct().ToList();
        var decisions = await db.Decisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        return new PublicMeeting(meeting.Id, meeting.Kind, meeting.Title, meeting.DecisionId,
            decisions.GetValueOrDefault(meeting.DecisionId, ""), meeting.HeldAt, meeting.Place, meeting.InvitedKinds,
            meeting.HowToApply, meeting.InvitationPublishedAt, meeting.RecordPublishedAt,
            invitees.OrderBy(i => i.Kind).ThenBy(i => i.Id).Select(i => Public(i, decisions)).ToList());
    }

    private static PublicInvitee Public(Invitee invitee, Dictionary<int, string> decisions) => new(
        invitee.Kind, invitee.PublicName, invitee.Organisation, invitee.Attendance,
        invitee.Opinions.OrderBy(o => o.Id).Select(o => new PublicMeetingOpinion(o.Id, o.DecisionId,
            decisions.GetValueOrDefault(o.DecisionId, ""), o.Text, o.Outcome!.Value, o.HandlingText)).ToList());
}
