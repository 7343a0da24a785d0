using Consultation.Core.Comments;
using Consultation.Core.Subscriptions;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Subscriptions;

/// <summary>The back office's view: subscriptions counted by topic and state, and the mail that waits or failed.</summary>
public sealed class SubscriptionOverview(ConsultationDbContext db)
{
    public const int ListedMails = 100;

    public sealed record Count(SubscriptionTopic Topic, SubscriptionState State, int Number);

    /// <summary>One queued mail, its address masked: the back office needs to see that it failed, not to whom exactly.</summary>
    public sealed record MailRow(long Id, string Key, string MaskedTo, string Subject, OutgoingMailState State, int Attempts,
        DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, string? LastError);

    public sealed record Summary(IReadOnlyList<Count> Subscriptions, int PendingMail, int SentMail, int FailedMail,
        IReadOnlyList<MailRow> Waiting);

    public async Task<Summary> ReadAsync(CancellationToken ct)
    {
        var counts = await db.Set<Subscription>().GroupBy(s => new { s.Topic, s.State })
            .Select(g => new Count(g.Key.Topic, g.Key.State, g.Count())).ToListAsync(ct);
        var mail = await db.Set<OutgoingMail>().GroupBy(m => m.State).Select(g => new { g.Key, Number = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Number, ct);
        var waiting = await db.Set<OutgoingMail>().AsNoTracking().Where(m => m.State != OutgoingMailState.Sent)
            .OrderByDescending(m => m.State).ThenBy(m => m.Id).Take(ListedMails)
            .Select(m => new { m.Id, m.Key, m.To, m.Subject, m.State, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.LastError })
            .ToListAsync(ct);
        return new Summary(counts.OrderBy(c => c.Topic).ThenBy(c => c.State).ToList(),
            mail.GetValueOrDefault(OutgoingMailState.Pending), mail.GetValueOrDefault(OutgoingMailState.Sent),
            mail.GetValueOrDefault(OutgoingMailState.Failed),
            waiting.Select(m => new MailRow(m.Id, m.Key, ContactMask.Mask(m.To), m.Subject, m.State, m.Attempts, m.CreatedAt,
                m.NextAttemptAt, m.LastError)).ToList());
    }
}
