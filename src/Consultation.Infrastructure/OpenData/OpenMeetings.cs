using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.OpenData;

/// <summary>
/// Meetings whose invitation or record passed 三审, each built by <see cref="PublicMeetings"/> (the public page's own
/// reader), so invitees carry only their public label, organisation and attendance, never contact details.
/// </summary>
public sealed class OpenMeetings(ConsultationDbContext db, PublicMeetings meetings)
{
    public sealed record Record(PublicMeeting Meeting, DateTimeOffset UpdatedAt, string Url);

    public async Task<OpenDataPage<Record>> PageAsync(long after, int limit, CancellationToken ct = default)
    {
        var ids = await db.Meetings.AsNoTracking()
            .Where(m => (m.InvitationPublishedAt != null || m.RecordPublishedAt != null) && m.Id > after)
            .OrderBy(m => m.Id).Select(m => m.Id).Take(limit + 1).ToListAsync(ct);
        var records = new List<Record>();
        foreach (var id in ids)
        {
            if (await meetings.FindAsync(id, ct) is not { } meeting) continue;
            var updated = new[] { meeting.InvitationPublishedAt, meeting.RecordPublishedAt }.OfType<DateTimeOffset>().Max();
            records.Add(new Record(meeting, updated, $"/meetings/{id}"));
        }
        return OpenDataPage<Record>.From(records, limit, r => r.Meeting.Id);
    }
}
