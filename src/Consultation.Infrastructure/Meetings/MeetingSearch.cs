using System.Text;
using Consultation.Core;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Meetings;

/// <summary>
/// A meeting (会议) once its invitation call or record is public: the call's text, and after the record's 终审 the
/// invitees' public names and organisations, their opinions and the handling. Never an invitee's contact details.
/// </summary>
public sealed class MeetingSearch(ConsultationDbContext db) : SearchableKind
{
    public override string SubjectType => "meeting";

    public override Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        KeysAsync(db.Meetings.Where(m => m.InvitationPublishedAt != null || m.RecordPublishedAt != null)
            .Select(m => m.Id), ct);

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = Ids(keys);
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Invitees).ThenInclude(i => i.Opinions)
            .AsSplitQuery().Where(m => ids.Contains(m.Id) && (m.InvitationPublishedAt != null || m.RecordPublishedAt != null))
            .ToListAsync(ct);
        return meetings.Select(m =>
        {
            var body = new StringBuilder(m.HowToApply).AppendLine();
            if (m.RecordPublishedAt is not null)
            {
                foreach (var invitee in m.Invitees)
                {
                    body.Append(invitee.PublicName).Append(' ').AppendLine(invitee.Organisation);
                    foreach (var opinion in invitee.Opinions) body.AppendLine(opinion.Text).AppendLine(opinion.HandlingText);
                }
            }
            return new SearchDocument(Key(m.Id), $"meeting:{Key(m.Id)}", SearchKind.Meeting, m.Title,
                $"{ShanghaiTime.DateTime(m.HeldAt)} {m.Place}", body.ToString(), $"/meetings/{Key(m.Id)}",
                (m.RecordPublishedAt ?? m.InvitationPublishedAt)!.Value)
            { Year = ShanghaiTime.DayOf(m.HeldAt).Year };
        }).ToList();
    }
}
