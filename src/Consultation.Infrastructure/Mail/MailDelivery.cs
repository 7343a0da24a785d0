using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Mail;

/// <summary>
/// Sends the mail that is due, on any number of nodes: a row is sent only by the node whose conditional UPDATE took
/// its lease (the database lets one such UPDATE win), and the result is recorded only while that node still holds it.
/// A failure waits with exponential backoff; after <see cref="MailOptions.MaxAttempts"/> the row is marked failed.
/// </summary>
public sealed class MailDelivery(IServiceScopeFactory scopes, SmtpRelay relay, IOptions<MailOptions> options,
    TimeProvider clock, Operations.SiteMetrics metrics, ILogger<MailDelivery> logger)
{
    /// <summary>This node's name on the leases it takes.</summary>
    private readonly string _node = Guid.NewGuid().ToString("N");

    /// <summary>Sends every row due now (one batch); returns how many were handed to the relay.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        if (!relay.IsConfigured) return 0;
        var o = options.Value;
        var now = clock.GetUtcNow();
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().Set<OutgoingMail>()
                .Where(m => m.State == OutgoingMailState.Pending && m.NextAttemptAt <= now
                            && (m.LeaseUntil == null || m.LeaseUntil < now))
                .OrderBy(m => m.Id).Select(m => m.Id).Take(Math.Max(1, o.BatchSize)).ToListAsync(ct);
        }
        var sent = 0;
        foreach (var id in due)
            if (await SendOneAsync(id, o, ct)) sent++;
        return sent;
    }

    private async Task<bool> SendOneAsync(long id, MailOptions o, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var now = clock.GetUtcNow();
        var leaseUntil = now.AddSeconds(Math.Max(30, o.LeaseSeconds));
        var claimed = await db.Set<OutgoingMail>()
            .Where(m => m.Id == id && m.State == OutgoingMailState.Pending && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, leaseUntil).SetProperty(m => m.LeaseOwner, _node), ct);
        if (claimed == 0) return false; // another node took it
        var mail = await db.Set<OutgoingMail>().SingleAsync(m => m.Id == id, ct);
        var delivered = false;
        try
        {
            await relay.SendAsync(MailMessages.From(mail, o), ct);
            mail.Delivered(clock.GetUtcNow());
            delivered = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The relay's text often quotes the recipient's address: the log gets only the kind of failure.
            logger.LogWarning("Mail {Id} not delivered (attempt {Attempt}): {Failure}", id, mail.Attempts + 1, e.GetType().Name);
            metrics.MailFailed();
            mail.Undelivered(e.Message, clock.GetUtcNow(), Math.Max(1, o.MaxAttempts), TimeSpan.FromSeconds(Math.Max(1, o.FirstRetrySeconds)));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (ChangedMeanwhileException)
        {
            // Our lease ran out and another node took the row over; it records its own result.
            logger.LogWarning("Mail {Id}: lease lost before the result was recorded", id);
        }
        return delivered;
    }
}
