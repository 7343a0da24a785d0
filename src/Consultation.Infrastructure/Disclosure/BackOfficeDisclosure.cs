using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Comments;
using Consultation.Core.Disclosure;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Disclosure;

/// <summary>
/// The office's moves on a disclosure request: each loads the request, calls one of its verbs (which refuses what the
/// 条例 does not allow) and saves; the calendar, clocks and fee rates come from here so the verbs stay pure.
/// </summary>
public sealed class BackOfficeDisclosure(ConsultationDbContext db, IReceiptHasher hasher,
    WorkingCalendarProvider calendars, IOptions<DisclosureRules> rules, IOptions<FeeSchedule> fees, TimeProvider clock)
{
    /// <summary>Registers a letter or a request handed in; returns its id and the receipt code, shown this once.</summary>
    public async Task<(int Id, string Code)> RegisterOfflineAsync(DisclosureRequestDraft draft, RequestChannel channel,
        DateOnly receivedOn, Actor clerk, CancellationToken ct)
    {
        var code = ReceiptCode.New();
        var request = DisclosureRequest.RegisterOffline(draft with { IdempotencyKey = "" }, channel, receivedOn, clerk,
            code, hasher, await calendars.GetAsync(ct), clock.GetUtcNow());
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return (request.Id, code);
    }

    public async Task AskForCorrectionAsync(int id, string? items, Actor editor, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        await ChangeAsync(id, r => r.AskForCorrection(items, editor, calendar, rules.Value, clock.GetUtcNow()), ct);
    }

    public async Task ReceiveCorrectionAsync(int id, DateOnly receivedOn, Actor editor, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        await ChangeAsync(id, r => r.ReceiveCorrection(receivedOn, editor, calendar, clock.GetUtcNow()), ct);
    }

    public Task CloseAsAbandonedAsync(int id, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, r => r.CloseAsAbandoned(editor, clock.GetUtcNow()), ct);

    public Task StartThirdPartyAsync(int id, string? party, DateOnly sentOn, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, r => r.StartThirdPartyConsultation(party, sentOn, editor, clock.GetUtcNow()), ct);

    public Task EndThirdPartyAsync(int id, DateOnly answeredOn, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, r => r.EndThirdPartyConsultation(answeredOn, editor, clock.GetUtcNow()), ct);

    public async Task ExtendAsync(int id, int workingDays, string? reason, Actor editor, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        await ChangeAsync(id, r => r.Extend(workingDays, reason, editor, calendar, rules.Value, clock.GetUtcNow()), ct);
    }

    /// <summary>
    /// Replies. For a fee by count, the request's place among its requester's requests received in the same calendar
    /// month (the same telephone number or e-mail address) decides the price.
    /// </summary>
    public async Task ReplyAsync(int id, ReplyInput reply, Actor editor, CancellationToken ct)
    {
        var request = await db.DisclosureRequests.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new ItemNotFoundException();
        var place = await PlaceInMonthAsync(request, ct);
        request.Reply(reply.Type, reply.Ground, reply.Text, reply.FeeMethod, reply.Pages, place, fees.Value, editor,
            clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public Task RecordDeliveryAsync(int id, DeliveryMethod method, DateOnly deliveredOn, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, r => r.RecordDelivery(method, deliveredOn, editor, clock.GetUtcNow()), ct);

    /// <summary>Enters table 四 of a year's annual report (reconsideration and litigation), replacing what was there.</summary>
    public async Task RecordAppealsAsync(int year, IReadOnlyList<int> counts, Actor editor, CancellationToken ct)
    {
        var figures = await db.AppealFigures.SingleOrDefaultAsync(f => f.Year == year, ct);
        if (figures is null) db.AppealFigures.Add(figures = AppealFigures.Empty(year));
        figures.Record(counts, editor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task<int> PlaceInMonthAsync(DisclosureRequest request, CancellationToken ct)
    {
        if (request.Phone is null && request.Email is null) return 1;
        var first = new DateOnly(request.ReceivedOn.Year, request.ReceivedOn.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return await db.DisclosureRequests.AsNoTracking()
            .Where(r => r.ReceivedOn >= first && r.ReceivedOn <= last && r.Id <= request.Id)
            .Where(r => (request.Phone != null && r.Phone == request.Phone) || (request.Email != null && r.Email == request.Email))
            .CountAsync(ct);
    }

    private Task ChangeAsync(int id, Action<DisclosureRequest> change, CancellationToken ct) =>
        db.ChangeAsync(db.DisclosureRequests.Where(r => r.Id == id), change, ct);
}
