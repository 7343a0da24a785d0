using Consultation.Core.Meetings;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Meetings;

/// <summary>One of a meeting's two publications under 三审; both load the meeting whole, since the record's hash covers it.</summary>
public abstract class MeetingPublicationReview(ConsultationDbContext db, TimeProvider clock)
    : ReviewedKind<Meeting>(db, clock)
{
    protected override IQueryable<Meeting> WithId(int id) =>
        Db.Meetings.Include(m => m.Invitees).ThenInclude(i => i.Opinions).AsSplitQuery().Where(m => m.Id == id);

    protected override IQueryable<Meeting> All => Db.Meetings.AsNoTracking();
}
