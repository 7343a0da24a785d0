using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Mail;
using Consultation.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Consultation.Infrastructure.Operations;

/// <summary>
/// Registers the gauges read from the database (outbox lag, queued mail) and the intake queue's depth when the host starts. They are read only when
/// an exporter collects (once a minute by default), so a synchronous query there costs little.
/// </summary>
public sealed class VitalSignGauges(SiteMetrics metrics, IServiceScopeFactory scopes, OutboxProcessor outbox,
    Comments.CommentQueue intake) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.Gauge("consultation.outbox.lag", "{message}", "Outbox messages the slowest handler on this node has yet to apply.", OutboxLag);
        metrics.Gauge("consultation.intake.queue", "{comment}", "Comment submissions waiting for this node's writer.", () => intake.Count);
        metrics.Gauge("consultation.mail.queued", "{mail}", "Mails waiting to be sent.", () =>
            Read(db => db.Set<OutgoingMail>().LongCount(m => m.State == OutgoingMailState.Pending)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private long OutboxLag() =>
        outbox.LagAsync().GetAwaiter().GetResult().Behind.Values.DefaultIfEmpty(0).Max();

    private long Read(Func<ConsultationDbContext, long> query)
    {
        using var scope = scopes.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<ConsultationDbContext>());
    }
}
