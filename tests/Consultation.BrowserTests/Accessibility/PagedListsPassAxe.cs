using Consultation.BrowserTests.Accessibility.ElderMode;
using Consultation.BrowserTests.Infrastructure;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Policies;
using Consultation.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Accessibility;

/// <summary>
/// The keyset-paged lists with more items than one page: the 分页 navigation shows 下一页, the keyboard alone reaches
/// it and opens the next page, which offers 上一页 — and axe finds nothing on either page, normally and in 长者模式.
/// </summary>
public sealed class PagedListsPassAxe(BrowserSite site) : BrowserTest(site)
{
    /// <summary>More than the 20 a page shows (<c>Site:ListPageSize</c>), so every list needs a second page.</summary>
    private const int Items = 25;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _arranged;

    [Theory]
    [InlineData("/policies", false)]
    [InlineData("/policies", true)]
    [InlineData("/meetings", false)]
    [InlineData("/meetings", true)]
    public async Task Both_pages_of_a_long_list_pass_axe_and_the_keyboard_reaches_the_next_page(string list, bool elder)
    {
        await ArrangeAsync();
        var page = await NewPageAsync();
        if (elder) await page.InElderModeAsync(Site);
        await page.GotoAsync(list);

        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "分页" });
        await Expect(pager.GetByRole(AriaRole.Link, new() { Name = "下一页" })).ToBeVisibleAsync();
        await Expect(pager.GetByRole(AriaRole.Link, new() { Name = "上一页" })).ToHaveCountAsync(0);
        await page.AssertNoViolationsAsync();

        await page.TabToAsync("nav.pager a[rel=next]", 120);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?cursor="));
        await Expect(pager.GetByRole(AriaRole.Link, new() { Name = "上一页" })).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();
    }

    /// <summary>Publishes the items once for the whole collection (the site is shared), titled apart from the demo data.</summary>
    private async Task ArrangeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_arranged) return;
            using var scope = Site.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var forms = scope.ServiceProvider.GetRequiredService<IOptions<PolicyOptions>>().Value.MinimumInterpretationForms;
            var now = DateTimeOffset.UtcNow;
            var decisionId = await db.Decisions.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
            foreach (var i in Enumerable.Range(1, Items))
            {
                db.PolicyDocuments.Add(PublishedListItems.Policy(i, now.AddDays(-30).AddHours(-i), forms));
                db.Meetings.Add(PublishedListItems.Meeting(i, decisionId, now.AddDays(-30).AddHours(-i)));
            }
            await db.SaveChangesAsync();
            _arranged = true;
        }
        finally
        {
            Gate.Release();
        }
    }
}
