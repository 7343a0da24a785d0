using Consultation.Infrastructure.Search;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Search;

/// <summary>A node whose index folder is damaged starts anyway, serves, and rebuilds its index from the database.</summary>
public sealed class CorruptIndexTests
{
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

        using var node = new SiteFactory(database, settings: new() { ["Search:IndexPath"] = folder });
        var client = node.CreatePlainClient();
        Assert.True((await client.GetAsync("/search?q=%E5%85%AC%E5%BC%80")).IsSuccessStatusCode);
        await node.Services.GetRequiredService<SearchIndexStartup>().WhenReadyAsync();

        var page = await Browser.ParseAsync(await client.GetAsync("/search?q=%E5%85%AC%E5%BC%80"));
        Assert.NotEmpty(page.QuerySelectorAll("#search-hits .search-hit"));
        Assert.Null(page.QuerySelector("#search-rebuilding"));
        Directory.Delete(folder, recursive: true);
    }
}
