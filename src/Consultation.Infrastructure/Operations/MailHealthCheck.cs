using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Operations;

/// <summary>
/// Mail to subscribers and requesters leaves: degraded when the oldest queued mail waits too long or mail was given up
/// recently. Counts only — never an address.
/// </summary>
public sealed class MailHealthCheck(ConsultationDbContext db, IOptions<OperationsOptions> options, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var mails = db.Set<OutgoingMail>().AsNoTracking();
        var pending = await mails.CountAsync(m => m.State == OutgoingMailState.Pending, ct);
        var oldest = await mails.Where(m => m.State == OutgoingMailState.Pending).OrderBy(m => m.Id)
            .Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(ct);
        var since = now.AddHours(-Math.Max(1, options.Value.MailFailureWindowHours));
        var failed = await mails.CountAsync(m => m.State == OutgoingMailState.Failed && m.NextAttemptAt >= since, ct);
        var waited = oldest is { } created ? Math.Max(0, (int)(now - created).TotalMinutes) : 0;
        var data = new Dictionary<string, object> { ["pending"] = pending, ["failed"] = failed, ["oldestMinutes"] = waited };
        var summary = $"{pending} queued, {failed} failed";
        return failed > 0 || waited > options.Value.MaxMailWaitMinutes
            ? HealthCheckResult.Degraded(summary, data: data)
            : HealthCheckResult.Healthy(summary, data);
    }
}
