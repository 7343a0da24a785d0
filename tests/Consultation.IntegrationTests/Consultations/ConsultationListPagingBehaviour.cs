using System.Net;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Consultations;

/// <summary>
/// The consultation list pages by key (上一页/下一页 with an opaque cursor): walking it forward shows every draft once,
/// newest opening first, walking back returns the same pages, and a cursor the site did not make is a 400 in the
/// page's language.
/// </summary>
public abstract class ConsultationListPagingBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task Walking_the_list_by_its_links_shows_every_draft_once_in_order_and_back_again()
    {
        var now = DateTimeOffset.UtcNow;
        var arranged = new List<string>();
        // 45 drafts, two by two opening at the same moment: the id decides between them.
        for (var i = 0; i < 45; i++)
            arranged.Add(await ConsultationArranger.PublishedAsync(site.Factory, now.AddDays(-1).AddMinutes(-(i / 2)), now.AddDays(29)));
        var browser = new Browser(site.Factory.CreatePlainClient());

        var pages = new List<List<string>>();
        string? next = "/consultations", lastAddress = null;
        while (next is not null)
        {
            var (response, page) = await browser.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add(Slugs(page));
            lastAddress = next;
            next = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href") is { } href ? "/consultations" + href : null;
            Assert.True(pages.Count < 100, "the walk does not end");
        }
        var seen = pages.SelectMany(p => p).ToList();
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var newestFirst = arranged.Select((slug, i) => (slug, i)).OrderBy(x => x.i / 2).ThenByDescending(x => x.i).Select(x => x.slug);
        Assert.Equal(newestFirst, seen.Where(arranged.Contains));
        Assert.True(pages.Count >= 3);
        Assert.All(pages.SkipLast(1), p => Assert.Equal(20, p.Count));

        // Back from the last page by the 上一页 links: the same pages, in reverse.
        var (_, last) = await browser.GetAsync(lastAddress!);
        var back = new List<List<string>> { Slugs(last) };
        var previous = last.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href");
        while (previous is not null)
        {
            var (_, page) = await browser.GetAsync("/consultations" + previous);
            back.Add(Slugs(page));
            previous = page.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href");
        }
        back.Reverse();
        Assert.Equal(pages, back);
    }

    [SkippableTheory]
    [InlineData("", "翻页链接无效")]
    [InlineData("&culture=en", "page link is damaged")]
    public async Task A_cursor_the_site_did_not_make_is_refused_in_the_pages_language(string culture, string expected)
    {
        foreach (var list in new[] { "/consultations", "/messages", "/policies", "/meetings", "/evaluations", "/responses" })
        {
            var response = await site.Factory.CreatePlainClient().GetAsync($"{list}?cursor=bm90LW91cnM{culture}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(expected, (await Browser.ParseAsync(response)).Body!.TextContent);
        }
    }

    private static List<string> Slugs(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".consultation-list a").Select(a => a.GetAttribute("href")!.Split('/')[^1])];
}
