using System.Net;
using Consultation.Infrastructure.Content;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Content;

/// <summary>The background publisher takes approved articles live at their time and down at theirs.</summary>
public abstract class ScheduledPublishingBehaviour(SiteFixture site)
{
    private async Task<int> ApprovedArticleAsync(DateTimeOffset publishAt, DateTimeOffset unpublishAt)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var column = await db.Columns.FirstAsync(c => c.Slug == "notices");
        var article = ApprovedArticles.Due(column.Id, "定时发布测试", "正文", publishAt, unpublishAt);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    private async Task<int> RunPublisherAsync(TimeProvider clock)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return await new ScheduledPublisher(db, clock).RunAsync();
    }

    [SkippableFact]
    public async Task An_approved_article_waits_for_its_publish_time_then_goes_down_at_its_unpublish_time()
    {
        var start = DateTimeOffset.UtcNow;
        var id = await ApprovedArticleAsync(start.AddHours(1), start.AddHours(5));
        var visitor = site.Factory.CreatePlainClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/articles/{id}")).StatusCode);

        await RunPublisherAsync(new FixedClock(start.AddMinutes(30)));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/articles/{id}")).StatusCode);

        Assert.True(await RunPublisherAsync(new FixedClock(start.AddHours(2))) >= 1);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/articles/{id}")).StatusCode);

        Assert.True(await RunPublisherAsync(new FixedClock(start.AddHours(6))) >= 1);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/articles/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task Two_nodes_ticking_together_publish_a_due_article_once_with_one_audit_line()
    {
        var publishAt = DateTimeOffset.UtcNow.AddSeconds(2);
        var id = await ApprovedArticleAsync(publishAt, publishAt.AddDays(5));
        // A second node: the same site and database, a process (and lease holder) of its own.
        using var other = site.Factory.WithWebHostBuilder(_ => { });
        var nodes = new[] { site.Factory.Services, other.Services }
            .Select(s => s.GetRequiredService<Consultation.Web.Features.Content.ScheduledPublishingService>()).ToList();

        var wait = publishAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200);
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
        // Each node ticks on its own timer (one tick at a time per node); the two nodes tick at the same moment.
        var changed = new List<int>();
        for (var round = 0; round < 3; round++)
            changed.AddRange(await Task.WhenAll(nodes.Select(n => n.TickAsync(default))));

        Assert.Equal(1, changed.Sum());
        Assert.Equal(HttpStatusCode.OK, (await site.Factory.CreatePlainClient().GetAsync($"/articles/{id}")).StatusCode);
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var published = await db.AuditEntries.CountAsync(e => e.SubjectType == "article" && e.SubjectKey == id.ToString()
                                                              && e.Action == "publish");
        Assert.Equal(1, published);
    }

    [SkippableFact]
    public async Task A_job_lease_moves_to_another_node_only_after_its_holder_stops_renewing()
    {
        var job = $"lease-test-{Guid.NewGuid():N}"[..30];
        var start = DateTimeOffset.UtcNow;
        var scopes = site.Factory.Services.GetRequiredService<IServiceScopeFactory>();
        var a = new Consultation.Infrastructure.Jobs.JobLeases(scopes, new Infrastructure.FixedClock(start));
        var b = new Consultation.Infrastructure.Jobs.JobLeases(scopes, new Infrastructure.FixedClock(start.AddSeconds(30)));
        var bLater = new Consultation.Infrastructure.Jobs.JobLeases(scopes, new Infrastructure.FixedClock(start.AddMinutes(2)));

        Assert.True(await a.TryTakeAsync(job, TimeSpan.FromMinutes(1)));
        Assert.False(await b.TryTakeAsync(job, TimeSpan.FromMinutes(1))); // held until start + 1 min
        Assert.True(await a.TryTakeAsync(job, TimeSpan.FromMinutes(1))); // the holder renews
        Assert.True(await bLater.TryTakeAsync(job, TimeSpan.FromMinutes(1))); // lapsed: another node takes over
        Assert.False(await a.TryTakeAsync(job, TimeSpan.FromMinutes(1)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
