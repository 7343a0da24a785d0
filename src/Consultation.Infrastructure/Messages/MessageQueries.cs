using Consultation.Core;
using Consultation.Core.Messages;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Messages;

/// <summary>Reads of messages: the public list of published answers, the back-office queue with its alarms.</summary>
public sealed class MessageQueries(ConsultationDbContext db, WorkingCalendarProvider calendars,
    IOptions<MessageRules> rules, IOptions<MessagesOptions> options, TimeProvider clock)
{
    public MessageRules Rules => rules.Value;

    public IReadOnlyList<string> Offices => options.Value.Offices;

    /// <summary>Published questions and answers, newest answer first, keyset-paged by (publication time, id).</summary>
    public Task<KeysetPage<Message>> PublishedAsync(string? cursor, int pageSize, CancellationToken ct = default) =>
        Keyset.PageAsync(db.Messages.AsNoTracking().Where(m => m.PublishedAt != null), m => m.PublishedAt, m => m.Id,
            cursor, pageSize, ct);

    public Task<Message?> PublishedOneAsync(int id, CancellationToken ct = default) =>
        db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.PublishedAt != null, ct);

    /// <summary>Messages still waiting for an answer, the most urgent alarm first, then the oldest.</summary>
    public async Task<List<MessageRow>> OpenAsync(CancellationToken ct = default)
    {
        var open = await db.Messages.AsNoTracking()
            .Where(m => m.Status == MessageStatus.Open || m.Status == MessageStatus.Held).ToListAsync(ct);
        return (await RowsAsync(open, ct)).OrderByDescending(r => r.Deadline.Alarm).ThenBy(r => r.Message.ReceivedOn)
            .ThenBy(r => r.Message.Id).ToList();
    }

    /// <summary>The latest answered or set-aside messages, for the back-office list.</summary>
    public async Task<List<MessageRow>> ClosedAsync(int count, CancellationToken ct = default) =>
        await RowsAsync(await db.Messages.AsNoTracking()
            .Where(m => m.Status == MessageStatus.Answered || m.Status == MessageStatus.Invalid)
            .OrderByDescending(m => m.Id).Take(count).ToListAsync(ct), ct);

    public async Task<MessageRow?> FindAsync(int id, CancellationToken ct = default)
    {
        var message = await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        return message is null ? null : (await RowsAsync([message], ct))[0];
    }

    public async Task<MessageRow> RowOfAsync(Message message, CancellationToken ct = default) =>
        (await RowsAsync([message], ct))[0];

    private async Task<List<MessageRow>> RowsAsync(IEnumerable<Message> messages, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var today = ShanghaiTime.DayOf(clock.GetUtcNow());
        return messages.Select(m => new MessageRow(m, m.DeadlineOn(today, calendar, rules.Value))).ToList();
    }
}
