using Consultation.Core.Content;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Outbox;
using Consultation.Infrastructure.Search;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Search;

/// <summary>
/// Nodes sharing one database each keep their own index on their own disk, fed by the shared outbox; a node whose
/// index folder is damaged starts anyway, serves, and rebuilds its index from the database.
/// </summary>
public sealed class NodeIndexTests
{
    private const string Public = "/search?q=%E5%85%AC%E5%BC%80"; // 公开

    [Fact]
    public async Task A_node_started_on_a_corrupt_index_rebuilds_it_from_the_database()
    {
        var database = DatabaseUnderTest.NewSqlite();
        using (var first = new SiteFactory(database, dropOnDispose: false))
        {
            first.CreateClient().Dispose(); // migrate and seed
        }
        var folder = Path.Combine(Path.GetTempPath(), $"consultation-index-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "g1"));
        await File.WriteAllTextAsync(Path.Combine(folder, "current"), "g1");
        await File.WriteAllBytesAsync(Path.Combine(folder, "g1", "segments_1"), [1, 2, 3, 4, 5, 6, 7, 8]);
        try
        {
            using var node = new SiteFactory(database, settings: new() { ["Search:IndexPath"] = folder });
            var client = node.CreatePlainClient();
            Assert.True((await client.GetAsync(Public)).IsSuccessStatusCode);
            await node.Services.GetRequiredService<SearchIndexStartup>().WhenReadyAsync();

            var page = await Browser.ParseAsync(await client.GetAsync(Public));
            Assert.NotEmpty(page.QuerySelectorAll("#search-hits .search-hit"));
            Assert.Null(page.QuerySelector("#search-rebuilding"));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Two_nodes_on_one_database_each_index_what_the_other_published()
    {
        var database = DatabaseUnderTest.NewSqlite();
        using var nodeA = new SiteFactory(database, dropOnDispose: false);
        nodeA.CreateClient().Dispose();
        using var nodeB = new SiteFactory(database);
        nodeB.CreateClient().Dispose();
        var marker = SearchSteps.Marker();

        using (var scope = nodeA.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var column = await db.Columns.FirstAsync(c => c.Slug == "notices");
            var article = Article.Create(column.Id, new ArticleContent($"{marker}工作通知", "正文。",
                DocumentMetadata.Empty("山东省教育厅")), SearchSteps.Editor, SearchSteps.Now);
            SearchSteps.PassReview(article);
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        }
        foreach (var node in new[] { nodeA, nodeB })
        {
            await node.Services.GetRequiredService<SearchIndexStartup>().WhenReadyAsync();
            await node.Services.GetRequiredService<OutboxProcessor>().CatchUpAsync();
        }

        foreach (var node in new[] { nodeA, nodeB })
        {
            var page = await Browser.ParseAsync(await node.CreatePlainClient().GetAsync("/search?q=" + marker));
            Assert.Equal($"{marker}工作通知", page.QuerySelector("#search-hits .search-hit-title a")?.TextContent.Trim());
        }
    }
}
