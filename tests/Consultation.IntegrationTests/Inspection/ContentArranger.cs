using Consultation.Core.Accounts;
using Consultation.Core.Content;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Inspection;

/// <summary>Publishes and revises articles through the real 三审 verbs, at the site's current time.</summary>
internal static class ContentArranger
{
    private static readonly Actor Editor = Person("t-editor", BackOfficeRoles.Editor);

    private static Actor Person(string id, string role) => new(id, id, new HashSet<string> { role });

    private static void PassReview(Article article, DateTimeOffset now)
    {
        article.Submit(Editor, now);
        article.Approve(Person("t-first", BackOfficeRoles.FirstReviewer), now);
        article.Approve(Person("t-second", BackOfficeRoles.SecondReviewer), now);
        article.Approve(Person("t-final", BackOfficeRoles.FinalReviewer), now);
    }

    public static async Task<int> PublishAsync(ClockedSite site, string columnSlug, string title, string body = "正文。",
        DateOnly? publishedOn = null)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var column = await db.Columns.SingleAsync(c => c.Slug == columnSlug);
        var now = site.Clock.Now;
        var article = Article.Create(column.Id, new ArticleContent(title, body,
            DocumentMetadata.Empty("山东省教育厅") with { PublishedOn = publishedOn }), Editor, now);
        PassReview(article, now);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    /// <summary>Saves a new version made from the published one and passes it through review.</summary>
    public static async Task ReviseAsync(ClockedSite site, int articleId, Func<ArticleContent, ArticleContent> change)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var article = await db.Articles.Include(a => a.Versions).SingleAsync(a => a.Id == articleId);
        var now = site.Clock.Now;
        article.Revise(change(article.PublishedVersion!.Content), Editor, now);
        PassReview(article, now);
        await db.SaveChangesAsync();
    }

    public static async Task<int> IdOfAsync(ClockedSite site, string title)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().Articles
            .Where(a => a.PublishedTitle == title).Select(a => a.Id).SingleAsync();
    }
}
