using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Records;

/// <summary>The seeded decision carried all the way to its result (DecidedConsultationSeeder), read from the database.</summary>
public static class DemoDecision
{
    public static Task<(int DecisionId, int ConsultationId)> FindAsync(SiteFixture site) => ReadAsync(site, async db =>
    {
        var decided = await db.Consultations.Where(c => c.ReportedAt != null)
            .Join(db.Decisions.Where(d => d.DecidedOn != null), c => c.DecisionId, d => d.Id,
                (c, d) => new { DecisionId = d.Id, ConsultationId = c.Id })
            .OrderBy(x => x.DecisionId).FirstAsync();
        return (decided.DecisionId, decided.ConsultationId);
    });

    public static async Task<T> ReadAsync<T>(SiteFixture site, Func<ConsultationDbContext, Task<T>> query)
    {
        using var scope = site.Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ConsultationDbContext>());
    }
}
