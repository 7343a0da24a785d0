using Consultation.Core.Comments;
using Consultation.Core.Messages;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Messages;

/// <summary>Web messages: one stored per submission with a receipt code, found again by that code for the status page.</summary>
public sealed class MessageIntake(ConsultationDbContext db, ReceiptedSubmissions<Message> receipts,
    IReceiptHasher hasher, TimeProvider clock)
{
    public const string ReceiptScope = "message";

    public async Task<string> ReceiveAsync(MessageDraft draft, CancellationToken ct = default)
    {
        var words = new SensitiveWordList(await db.SensitiveWords.Select(w => w.Word).ToListAsync(ct));
        return await receipts.AddAsync(ReceiptScope, draft.IdempotencyKey, (key, code) =>
            Message.Receive(draft with { IdempotencyKey = key }, code, hasher, words, clock.GetUtcNow()), ct);
    }

    public Task<string?> PreviousReceiptAsync(string? idempotencyKey, CancellationToken ct = default) =>
        receipts.PreviousCodeAsync(ReceiptScope, idempotencyKey, ct);

    public Task<Message?> FindByCodeAsync(string? typed, CancellationToken ct = default) =>
        receipts.FindByCodeAsync(typed, ct);
}
