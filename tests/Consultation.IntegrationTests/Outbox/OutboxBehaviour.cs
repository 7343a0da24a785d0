using System.Globalization;
using Consultation.Core.Content;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.IntegrationTests.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Outbox;

/// <summary>The outbox row is written in the same transaction as the change it reports: both or neither.</summary>
public abstract class OutboxBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task A_publication_and_its_outbox_message_are_stored_together()
    {
        var id = await site.PublishArticleAsync("外出研学安全提示", "正文。");

        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var key = id.ToString(CultureInfo.InvariantCulture);
        var messages = await db.OutboxMessages.Where(m => m.SubjectType == "article" && m.SubjectKey == key)
            .OrderBy(m => m.Id).ToListAsync();
        Assert.Contains(messages, m => m.Kind == "DocumentTransitioned" && m.Payload.Contains("\"Action\":\"publish\""));
        Assert.Equal(await db.AuditEntries.CountAsync(a => a.SubjectType == "article" && a.SubjectKey == key), messages.Count);
    }

    [SkippableFact]
    public async Task A_save_that_fails_leaves_no_outbox_message_behind()
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var before = await db.OutboxMessages.CountAsync();
        var orphan = Article.Create(987_654, new ArticleContent("不存在的栏目", "正文", DocumentMetadata.Empty("山东省教育厅")),
            SearchSteps.Editor, SearchSteps.Now);
        SearchSteps.PassReview(orphan);
        db.Articles.Add(orphan);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        using var fresh = site.Factory.Services.CreateScope();
        Assert.Equal(before, await fresh.ServiceProvider.GetRequiredService<ConsultationDbContext>().OutboxMessages.CountAsync());
    }
}
