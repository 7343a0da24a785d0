using Consultation.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Mail;

/// <summary>Every node looks for due mail every <see cref="MailOptions.SendIntervalSeconds"/>; leases keep each row to one.</summary>
public sealed class MailDeliveryJob(MailDelivery delivery, IOptions<MailOptions> options) : IRecurringJob
{
    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.SendIntervalSeconds));

    public async Task RunAsync(CancellationToken ct)
    {
        // Drain what is due, a batch at a time, so a burst of notices is not spread over many intervals.
        while (await delivery.SendDueAsync(ct) > 0)
        {
        }
    }
}
