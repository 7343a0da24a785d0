using System.Diagnostics;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consultation.Infrastructure.Operations;

/// <summary>The database answers a query: without it the node can neither show the record nor take comments.</summary>
public sealed class DatabaseHealthCheck(ConsultationDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var consultations = await db.Consultations.CountAsync(ct);
            return HealthCheckResult.Healthy($"{watch.ElapsedMilliseconds} ms",
                new Dictionary<string, object> { ["milliseconds"] = watch.ElapsedMilliseconds, ["consultations"] = consultations });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception's text may name the server or user; the log has it, the public endpoint does not.
            return HealthCheckResult.Unhealthy("unreachable", e);
        }
    }
}
