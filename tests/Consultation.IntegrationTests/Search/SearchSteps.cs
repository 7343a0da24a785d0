using System.Text.Json;
using Consultation.Core.Accounts;
using Consultation.Core.Content;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Outbox;
using Consultation.Infrastructure.Search;
using Consultation.IntegrationTests.Infrastructure;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Search;

/// <summary>Steps the search tests share: waiting for the index to catch up, searching as a visitor, publishing through the domain.</summary>
internal static class SearchSteps
{
    public static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static Actor Person(string id, string role) => new(id, id, new HashSet<string> { role });

    public static readonly Actor Editor = Person("search-editor", BackOfficeRoles.Editor);

    /// <summary>A made-up word no other test writes: Latin consonants only, so the analyzer keeps it whole.</summary>
    public static string Marker()
    {
        const string letters = "bcfhjkmpqrtvwxz";
        return new string(Enumerable.Range(0, 10).Select(_ => letters[Random.Shared.Next(letters.Length)]).ToArray());
    }

    /// <summary>Waits until this site's index reflects everything saved so far (start-up rebuild included).</summary>
    public static async Task SearchCaughtUpAsync(this SiteFixture site)
    {
        var services = site.Factory.Services;
        await services.GetRequiredService<SearchIndexStartup>().WhenReadyAsync();
        await services.GetRequiredService<OutboxProcessor>().CatchUpAsync();
        await services.GetRequiredService<SearchIndexRebuild>().WhenIdleAsync();
    }

    /// <summary>The results page as a visitor sees it, after the index has caught up.</summary>
    public static async Task<IDocument> SearchAsync(this SiteFixture site, string query)
    {
        await site.SearchCaughtUpAsync();
        var (response, page) = await site.NewBrowser().GetAsync("/search?" + query);
        response.EnsureSuccessStatusCode();
        return page;
    }

    public static async Task<IReadOnlyList<string>> TitlesFoundAsync(this SiteFixture site, string text) =>
        (await site.SearchAsync("q=" + Uri.EscapeDataString(text)))
        .QuerySelectorAll("#search-hits .search-hit-title a").Select(a => a.TextContent.Trim()).ToList();

    public static async Task<JsonElement> ApiAsync(this SiteFixture site, string query)
    {
        await site.SearchCaughtUpAsync();
        var response = await site.Factory.CreatePlainClient().GetAsync("/api/search?" + query);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>An article taken through 三审 by three reviewers and published now; returns its id.</summary>
    public static async Task<int> PublishArticleAsync(this SiteFixture site, string title, string body)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var column = await db.Columns.FirstAsync(c => c.Slug == "notices");
        var article = Article.Create(column.Id, new ArticleContent(title, body, DocumentMetadata.Empty("山东省教育厅")),
            Editor, Now);
        PassReview(article);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    /// <summary>Loads an article, applies one change and saves it, as the back office does.</summary>
    public static async Task ChangeArticleAsync(this SiteFixture site, int id, Action<Article> change)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        await db.ChangeAsync(db.Articles.Include(a => a.Versions).Where(a => a.Id == id), change, CancellationToken.None);
    }

    public static void PassReview(Article article)
    {
        article.Submit(Editor, Now);
        article.Approve(Person("search-1", BackOfficeRoles.FirstReviewer), Now);
        article.Approve(Person("search-2", BackOfficeRoles.SecondReviewer), Now);
        article.Approve(Person("search-3", BackOfficeRoles.FinalReviewer), Now);
    }
}
