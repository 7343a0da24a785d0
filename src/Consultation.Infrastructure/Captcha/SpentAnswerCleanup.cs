using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Captcha;

/// <summary>Removes spent answers whose challenges have expired: they can no longer be accepted, so need no memory.</summary>
public sealed class SpentAnswerCleanup(ConsultationDbContext db, TimeProvider clock) : IRecurringJob
{
    public TimeSpan Interval => TimeSpan.FromMinutes(10);

    public Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        return db.Set<SpentCaptchaAnswer>().Where(a => a.ExpiresAtUnixSeconds < now).ExecuteDeleteAsync(ct);
    }
}
