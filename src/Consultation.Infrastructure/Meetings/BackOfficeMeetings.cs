using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Meetings;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Meetings;

/// <summary>Back-office reads and changes of meetings; every rule lives on <see cref="Meeting"/>, this only loads and saves.</summary>
public sealed class BackOfficeMeetings(ConsultationDbContext db, TimeProvider clock)
{
    public Task<List<Meeting>> AllAsync(CancellationToken ct = default) =>
        db.Meetings.AsNoTracking().OrderByDescending(m => m.HeldAt).ThenByDescending(m => m.Id).ToListAsync(ct);

    public Task<Meeting?> FindAsync(int id, CancellationToken ct = default) =>
        db.Meetings.AsNoTracking().Include(m => m.Invitees).ThenInclude(i => i.Opinions)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, ct);

    /// <summary>Decisions an editor can choose for the agenda and for each opinion, newest year first.</summary>
    public Task<Dictionary<int, string>> DecisionsAsync(CancellationToken ct = default) =>
        db.Decisions.AsNoTracking().OrderByDescending(d => d.Year).ThenBy(d => d.Id)
            .ToDictionaryAsync(d => d.Id, d => $"{d.Year} {d.Title}", ct);

    public async Task<int> CreateAsync(MeetingInvitation invitation, Actor editor, CancellationToken ct)
    {
        await RequireDecisionAsync(invitation.DecisionId, ct);
        var meeting = Meeting.Create(invitation, editor);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting.Id;
    }

    public async Task EditInvitationAsync(int id, MeetingInvitation invitation, Actor editor, CancellationToken ct)
    {
        await RequireDecisionAsync(invitation.DecisionId, ct);
        await ChangeAsync(id, m => m.EditInvitation(invitation, editor), ct);
    }

    public Task AddInviteeAsync(int id, InviteeKind kind, string? name, string? label, string? organisation,
        string? contact, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, m => m.AddInvitee(kind, name ?? "", label, organisation ?? "", contact ?? "", editor), ct);

    public Task MarkAttendanceAsync(int id, int inviteeId, Attendance attendance, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, m => m.MarkAttendance(InviteeOf(m, inviteeId), attendance, editor, clock.GetUtcNow()), ct);

    public async Task AddOpinionAsync(int id, int inviteeId, int decisionId, string? text, Actor editor,
        CancellationToken ct)
    {
        await RequireDecisionAsync(decisionId, ct);
        await ChangeAsync(id, m => m.AddOpinion(InviteeOf(m, inviteeId), decisionId, text ?? "", editor), ct);
    }

    public Task HandleAsync(int id, int opinionId, HandlingOutcome outcome, string? text, Actor editor,
        CancellationToken ct) =>
        ChangeAsync(id, m => m.Handle(
            m.Opinions.SingleOrDefault(o => o.Id == opinionId) ?? throw new DomainException("meeting.opinion_not_found"),
            outcome, text ?? "", editor), ct);

    private static Invitee InviteeOf(Meeting meeting, int inviteeId) =>
        meeting.Invitees.SingleOrDefault(i => i.Id == inviteeId) ?? throw new DomainException("meeting.invitee_not_found");

    private async Task RequireDecisionAsync(int decisionId, CancellationToken ct)
    {
        if (!await db.Decisions.AnyAsync(d => d.Id == decisionId, ct)) throw new DomainException("meeting.decision_required");
    }

    private Task ChangeAsync(int id, Action<Meeting> change, CancellationToken ct) =>
        db.ChangeAsync(db.Meetings.Include(m => m.Invitees).ThenInclude(i => i.Opinions).AsSplitQuery()
            .Where(m => m.Id == id), change, ct);
}
