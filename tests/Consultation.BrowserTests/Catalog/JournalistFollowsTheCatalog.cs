using System.Text.RegularExpressions;
using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Catalog;

/// <summary>
/// A journalist checks the province's paper trail: from the home page to the annual catalog, filtered to last year,
/// then every link of the decided entry, each of which must land on a live page showing what its label promises.
/// </summary>
public sealed class JournalistFollowsTheCatalog(BrowserSite site) : BrowserTest(site)
{
    private const string Decided = "制定《山东省教育厅政府信息依申请公开工作办法》";

    [Fact]
    public async Task Every_link_of_a_decided_entry_reaches_a_live_page()
    {
        await Page.GotoAsync("/columns/major-decisions");
        await Page.GetByRole(AriaRole.Link, new() { Name = "年度重大行政决策事项目录" }).ClickAsync();
        await Page.GetByLabel("年度", new() { Exact = true }).SelectOptionAsync("2025");
        await Page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "2025年度重大行政决策事项目录", Level = 1 }))
            .ToBeVisibleAsync();

        var row = Page.Locator("#catalog tbody tr").Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = Decided }) });
        await Expect(row.Locator(".status")).ToHaveTextAsync(new Regex("^已决策"));
        await Expect(row.Locator(".status")).ToContainTextAsync("决策日期：");
        await Expect(row.Locator(".pending")).ToHaveCountAsync(0);
        var links = row.Locator(".catalog-links a");
        var targets = new List<(string Slot, string Href)>();
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            var link = links.Nth(i);
            var slot = await link.Locator("xpath=..").GetAttributeAsync("data-slot");
            targets.Add((slot!, (await link.GetAttributeAsync("href"))!));
        }
        var required = new[] { "Draft", "Explanation", "Background", "Feedback", "Attendance", "Result" };
        Assert.Subset(targets.Select(t => t.Slot).ToHashSet(), required.ToHashSet());

        var catalogPage = Page.Url;
        foreach (var (slot, href) in targets)
        {
            await Page.GotoAsync(catalogPage);
            await row.Locator($"li[data-slot='{slot}'] a").ClickAsync();
            // Polls the address rather than waiting for the load event, which a busy CI machine can hold back; the
            // content checks below wait for what the reader needs to see.
            await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(href) + "$"), new() { Timeout = 60_000 });
            var response = await Page.APIRequest.GetAsync(href);
            Assert.True(response.Ok, $"{slot} → {href} answered {response.Status}");
            await Expect(Page.Locator("h1")).Not.ToHaveTextAsync("页面不存在");
            await ExpectShowsAsync(slot, href);
        }
    }

    /// <summary>What a reader must find on each page: the anchored section, the decision, the report, the result.</summary>
    private async Task ExpectShowsAsync(string slot, string href)
    {
        var fragment = href.Contains('#', StringComparison.Ordinal) ? href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..] : null;
        if (fragment is not null) await Expect(Page.Locator($"[id='{fragment}']")).ToBeVisibleAsync();
        switch (slot)
        {
            case "Draft":
                await Expect(Page.Locator("[id='draft']")).ToContainTextAsync("第四条");
                break;
            case "Explanation":
                await Expect(Page.Locator("[id='explanation']")).ToContainTextAsync("中华人民共和国政府信息公开条例");
                break;
            case "Background":
                await Expect(Page.Locator("main")).ToContainTextAsync(Decided);
                break;
            case "Feedback":
                await Expect(Page.Locator("main")).ToContainTextAsync("缩短答复期限");
                break;
            case "Result":
                await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                    .ToHaveTextAsync("山东省教育厅关于印发《山东省教育厅政府信息依申请公开工作办法》的通知");
                break;
            case "Attendance":
                await Expect(Page.Locator("main")).ToContainTextAsync("审议《山东省教育厅政府信息依申请公开工作办法》");
                await Expect(Page.Locator("main")).ToContainTextAsync("已转政策法规处");
                break;
            default:
                Assert.Fail($"Unexpected catalog slot {slot}");
                break;
        }
    }
}
