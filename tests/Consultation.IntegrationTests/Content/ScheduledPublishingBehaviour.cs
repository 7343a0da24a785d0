using System.Net;
using Consultation.Core.Accounts;
using Consultation.Core.Content;
using Consultation.Infrastructure.Content;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Content;

/// <summary>The background publisher takes approved articles live at their time and down at theirs.</summary>
public abstract class ScheduledPublishingBehaviour(SiteFixture site)
{
    private static Actor Person(string id, string role) => new(id, id, new HashSet<string> { role });

    private async Task<int> ApprovedArticleAsync(DateTimeOffset publishAt, DateTimeOffset unpublishAt)
    {
        var now = DateTimeOffset.UtcNow;
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var column = await db.Columns.FirstAsync(c => c.Slug == "notices");
        var editor = Person("sched-editor", BackOfficeRoles.Editor);
        var article = Article.Create(column.Id,
            new ArticleContent("定时发布测试", "正文", DocumentMetadata.Empty("山东省教育厅")), editor, now);
        article.Schedule(publishAt, unpublishAt, editor);
        article.Submit(editor, now);
        article.Approve(Person("sched-1", BackOfficeRoles.FirstReviewer), now);
        article.Approve(Person("sched-2", BackOfficeRoles.SecondReviewer), now);
        article.Approve(Person("sched-3", BackOfficeRoles.FinalReviewer), now);
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

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
