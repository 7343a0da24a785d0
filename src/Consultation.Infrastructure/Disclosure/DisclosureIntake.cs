using Consultation.Core.Comments;
using Consultation.Core.Disclosure;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Disclosure;

/// <summary>
/// Online disclosure requests: one stored per submission (a retry of the same form gets the same receipt code), dated
/// by the received-date rule, and found again by receipt code for the requester's status page.
/// </summary>
public sealed class DisclosureIntake(ConsultationDbContext db, ReceiptedSubmissions<DisclosureRequest> receipts,
    IReceiptHasher hasher, WorkingCalendarProvider calendars, TimeProvider clock)
{
    /// <summary>Names this form in receipt codes, so no other form's key can give the same code.</summary>
    public const string ReceiptScope = "disclosure";

    /// <summary>Stores the request and returns its receipt code.</summary>
    public async Task<string> ReceiveAsync(DisclosureRequestDraft draft, CancellationToken ct = default)
    {
        var words = new SensitiveWordList(await db.SensitiveWords.Select(w => w.Word).ToListAsync(ct));
        var calendar = await calendars.GetAsync(ct);
        return await receipts.AddAsync(ReceiptScope, draft.IdempotencyKey, (key, code) =>
            DisclosureRequest.ReceiveOnline(draft with { IdempotencyKey = key }, code, hasher, words, calendar,
                clock.GetUtcNow()), ct);
    }

    public Task<string?> PreviousReceiptAsync(string? idempotencyKey, CancellationToken ct = default) =>
        receipts.PreviousCodeAsync(ReceiptScope, idempotencyKey, ct);

    public Task<DisclosureRequest?> FindByCodeAsync(string? typed, CancellationToken ct = default) =>
        receipts.FindByCodeAsync(typed, ct);
}
