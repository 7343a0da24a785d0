using Consultation.Core.Accounts;
using Consultation.Core.Messages;
using Consultation.Infrastructure.Database;

namespace Consultation.Infrastructure.Messages;

/// <summary>The office's moves on a message, each one verb of <see cref="Message"/>; the answer's 三审 is <see cref="MessageAnswerReview"/>.</summary>
public sealed class BackOfficeMessages(ConsultationDbContext db, TimeProvider clock)
{
    public Task AcceptAsync(int id, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, m => m.Accept(editor, clock.GetUtcNow()), ct);

    public Task MarkInvalidAsync(int id, string? reason, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, m => m.MarkInvalid(reason, editor, clock.GetUtcNow()), ct);

    public Task AssignAsync(int id, string? office, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, m => m.AssignTo(office, editor, clock.GetUtcNow()), ct);

    public Task DraftAnswerAsync(int id, string? answer, string? publicQuestion, bool publish, Actor editor,
        CancellationToken ct) => ChangeAsync(id, m => m.DraftAnswer(answer, publicQuestion, publish, editor), ct);

    private Task ChangeAsync(int id, Action<Message> change, CancellationToken ct) =>
        db.ChangeAsync(db.Messages.Where(m => m.Id == id), change, ct);
}
