using System.Net;
using Consultation.Core.Inspection;
using Consultation.Infrastructure.Inspection;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Inspection;

/// <summary>The broken-link crawl: started from the self-check page, checked in saved batches, resumed after a restart.</summary>
public sealed class LinkCrawlTests
{
    private static async Task<LinkCrawl> CrawlToTheEndAsync(ClockedSite site)
    {
        while (await site.WithAsync<LinkCrawler, bool>(c => c.RunBatchAsync())) { }
        return (await site.WithAsync<LinkCrawler, LinkCrawl?>(c => c.LatestAsync()))!;
    }

    private static async Task<(string Status, string Page)> StartAndReadAsync(ClockedSite site)
    {
        var editor = await site.SignInAsync("editor");
        var started = await editor.PostFieldsAsync("/admin/inspection", "/admin/inspection/crawl");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        await CrawlToTheEndAsync(site);
        var (_, page) = await editor.GetAsync("/admin/inspection");
        return (page.QuerySelector("#item-BrokenLinks")!.GetAttribute("data-status")!, page.DocumentElement.TextContent);
    }

    [Fact]
    public async Task A_broken_attachment_link_fails_the_item_with_the_page_it_is_on_and_passes_once_removed()
    {
        using var site = new ClockedSite();
        var editor = await site.SignInAsync("editor");
        Assert.Equal("AtRisk", (await editor.GetAsync("/admin/inspection")).Page.QuerySelector("#item-BrokenLinks")!.GetAttribute("data-status"));

        var (status, text) = await StartAndReadAsync(site);
        Assert.Equal("Pass", status);
        Assert.Matches(@"共检查 \d{2,} 个地址，0 个无法访问", text);

        var id = await ContentArranger.PublishAsync(site, "notices", "附件失效的通知", "请下载[报名表](/media/files/missing-form.pdf)。",
            DateOnly.FromDateTime(site.Clock.Now.DateTime));
        (status, text) = await StartAndReadAsync(site);
        Assert.Equal("Fail", status);
        Assert.Contains($"/media/files/missing-form.pdf 无法访问（状态 404），出现在 /articles/{id}", text);

        await ContentArranger.ReviseAsync(site, id, c => c with { BodyMarkdown = "报名表请到学校领取。" });
        (status, _) = await StartAndReadAsync(site);
        Assert.Equal("Pass", status);
    }

    [Fact]
    public async Task A_crawl_interrupted_by_a_restart_carries_on_where_it_stopped()
    {
        var database = DatabaseUnderTest.NewSqlite();
        var settings = new Dictionary<string, string> { ["Inspection:CrawlBatchSize"] = "5" };
        int crawlId;
        using (var first = new ClockedSite(settings: settings, database: database, dropOnDispose: false))
        {
            crawlId = (await first.WithAsync<LinkCrawler, LinkCrawl>(c => c.StartAsync("editor"))).Id;
            Assert.True(await first.WithAsync<LinkCrawler, bool>(c => c.RunBatchAsync()));
            await first.WithAsync<LinkCrawler, bool>(c => c.RunBatchAsync());
            var halfway = (await first.WithAsync<LinkCrawler, LinkCrawl?>(c => c.LatestAsync()))!;
            Assert.True(halfway.IsRunning);
            Assert.Equal(6, halfway.Checked);
        }

        using var second = new ClockedSite(settings: settings, database: database);
        var done = await CrawlToTheEndAsync(second);

        Assert.Equal(crawlId, done.Id);
        Assert.False(done.IsRunning);
        Assert.True(done.Checked > 6 && done.Checked == done.Found, $"{done.Checked} of {done.Found} checked");
        Assert.Equal(100, done.Percent);
    }

    [Fact]
    public async Task A_second_crawl_is_refused_while_one_runs()
    {
        using var site = new ClockedSite();
        var editor = await site.SignInAsync("editor");
        await editor.PostFieldsAsync("/admin/inspection", "/admin/inspection/crawl");
        var (_, page) = await editor.GetAsync("/admin/inspection");
        Assert.Contains("检查在后台进行", page.QuerySelector("#crawl")!.TextContent);

        var refused = await editor.PostFieldsAsync("/admin/inspection", "/admin/inspection/crawl");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("已有链接检查正在进行", (await Browser.ParseAsync(refused)).Text());
    }
}
