using System.Net;
using Consultation.Core.Audit;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Audit;

/// <summary>Every audit line carries the hash of the one before it; the chain is verified and its daily heads are public.</summary>
public abstract class AuditChainBehaviour(SiteFixture site)
{
    private readonly ConsultationSteps _steps = new(site);

    [SkippableFact]
    public async Task Every_line_points_at_the_line_before_it_and_the_verify_page_says_the_chain_is_intact()
    {
        var lines = await ReadAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        var auditor = await site.SignInAsync("auditor");

        var (_, page) = await auditor.GetAsync("/admin/audit/verify");

        Assert.True(lines.Count > 10);
        Assert.Equal(AuditEntry.Genesis, lines[0].PreviousHash);
        Assert.All(lines.Skip(1).Zip(lines), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Contains("哈希链完整", page.QuerySelector("#chain-result")!.TextContent);
    }

    [SkippableFact]
    public async Task A_comment_receipt_names_its_line_in_the_chain_and_today_s_public_head_is_the_newest_line()
    {
        var consultation = await _steps.PublishedAsync();
        var code = await _steps.ReceiveWithReceiptAsync(consultation.Id, "建议明确意见采纳情况的公开时限。");
        var visitor = site.NewBrowser();

        var (_, receipt) = await visitor.GetAsync($"/receipt/{code}");
        var (response, heads) = await visitor.GetAsync("/audit-chain");

        var newest = await ReadAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync());
        var line = receipt.QuerySelector("#receipt-chain")!.TextContent;
        var stored = await ReadAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.SubjectType == "comment" && e.Action == "receive" && line.Contains(e.Hash)));
        Assert.StartsWith($"#{stored.Id}", line.Trim());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(newest.Hash, heads.QuerySelector("#chain-heads tbody tr code")!.TextContent);
    }

    private async Task<T> ReadAsync<T>(Func<ConsultationDbContext, Task<T>> query)
    {
        using var scope = site.Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ConsultationDbContext>());
    }
}
