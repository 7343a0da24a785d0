using System.Net;
using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Caching;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.IntegrationTests.Performance;

/// <summary>
/// Public pages take a fixed number of SQL commands whatever the amount of data: the same with 10,000 published
/// comments on a draft as with 10 (no per-row loading, paging by key).
/// </summary>
public abstract class QueryShapeBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task Public_pages_take_as_many_sql_commands_with_ten_thousand_comments_as_with_ten()
    {
        var now = DateTimeOffset.UtcNow;
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, now.AddDays(-1), now.AddDays(29));
        var (firstId, receipt) = await AddPublishedCommentsAsync(slug, 10);
        var year = ShanghaiTime.DayOf(now).Year;
        string[] pages =
        [
            "/", "/consultations", $"/consultations/{slug}", $"/consultations/{slug}?clause=tiao-1",
            $"/consultations/{slug}?after={firstId + 5}", $"/consultations/{slug}?order=oldest",
            $"/consultations/{slug}/comments.json", $"/consultations/{slug}/comments.csv", $"/receipt/{receipt}",
            "/receipt", $"/catalog/{year}", $"/catalog/{year}/catalog.json", $"/catalog/{year}/atom.xml", "/meetings",
            "/policies", "/evaluations", "/disclosure", "/messages", "/responses", "/open-data",
            "/open-data/downloads", "/feeds/consultations/new.xml", "/feeds/consultations/closing-soon.xml",
            "/feeds/consultations/closed.xml", "/feeds/decisions.xml", "/feeds/reports.xml",
            "/api/v1/consultations", "/api/v1/comments?limit=20", "/api/v1/reports", "/api/v1/meetings",
            "/api/v1/catalog", "/api/v1/policies", "/api/v1/evaluations", "/search?q=意见", "/api/search?q=意见",
        ];
        var few = await CountAsync("few", pages);

        await AddPublishedCommentsAsync(slug, 9_990);
        var many = await CountAsync("many", pages);

        // Every page reads the database: a count of zero would mean the counter saw nothing, not a cheap page.
        Assert.DoesNotContain(pages, page => few[page] == 0);
        Assert.Empty(pages.Where(page => few[page] != many[page])
            .Select(page => $"{page}: {few[page]} SQL commands with 10 comments, {many[page]} with 10,000"));
    }

    private async Task<Dictionary<string, int>> CountAsync(string run, string[] pages)
    {
        var client = site.Factory.CreatePlainClient();
        var counter = site.Factory.Services.GetRequiredService<SqlCommandCounter>();
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            var warm = (await client.GetAsync(page)).StatusCode; // warm: caches, compiled queries
            Assert.True(warm == HttpStatusCode.OK, $"{page}: {warm}");
            // Count what rendering costs, not the output cache's answer to the repeat.
            await site.Factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicPages.Tag, default);
            var name = $"{run} {page}";
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            request.Headers.Add(SqlCommandCounter.Header, Uri.EscapeDataString(name));
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
            counts[page] = counter[Uri.EscapeDataString(name)];
        }
        return counts;
    }

    /// <summary>Adds published comments spread over the two clauses; returns the first new comment's id and receipt.</summary>
    private async Task<(long FirstId, string Receipt)> AddPublishedCommentsAsync(string slug, int count)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IReceiptHasher>();
        var rules = scope.ServiceProvider.GetRequiredService<IOptions<ConsultationRules>>().Value;
        var consultation = await db.Consultations.SingleAsync(c => c.Slug == slug);
        var editor = new Actor("shape-editor", "编辑", new HashSet<string> { BackOfficeRoles.Editor });
        var now = DateTimeOffset.UtcNow;
        var receipt = ReceiptCode.New();
        var comments = Enumerable.Range(0, count).Select(i =>
        {
            var draft = new CommentDraft(i % 2 == 0 ? "tiao-1" : "tiao-2", $"第{i}条意见：建议延长课后服务时间，方便家长接送。",
                null, null, null, false, Guid.NewGuid().ToString("N"));
            var comment = consultation.Receive(draft, i == 0 ? receipt : ReceiptCode.New(), hasher, SensitiveWordList.Empty, now, rules);
            comment.Publish(editor, now);
            return comment;
        }).ToList();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Comments.AddRange(comments);
        await db.SaveChangesAsync();
        return (comments.Min(c => c.Id), receipt);
    }
}
