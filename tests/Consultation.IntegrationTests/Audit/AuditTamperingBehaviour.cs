using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Audit;

/// <summary>
/// Someone with direct database access rewrites history (switching the append-only trigger off first): verification
/// names the first line that no longer fits. A class of its own, since it leaves its database broken.
/// </summary>
public abstract class AuditTamperingBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task A_rewritten_line_is_reported_as_the_first_broken_link()
    {
        using (var scope = site.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var target = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).Skip(5).FirstAsync();
            await db.Database.ExecuteSqlRawAsync(db.IsSqlite
                ? "DROP TRIGGER audit_entries_no_update"
                : "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER audit_entries_no_rewrite");
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"AuditEntries\" SET \"ActorName\" = {0} WHERE \"Id\" = {1}", ["someone-else", target.Id]);
            var auditor = await site.SignInAsync("auditor");

            var (_, page) = await auditor.GetAsync("/admin/audit/verify");

            var result = page.QuerySelector("#chain-result")!.TextContent;
            Assert.Contains($"第 {target.Id} 号记录处断开", result);
            Assert.Contains("内容与其哈希值不符", result);
        }
    }
}
