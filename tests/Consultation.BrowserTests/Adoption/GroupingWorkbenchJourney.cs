using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Adoption;

/// <summary>
/// The editor's grouping on a closed consultation: a run at the chosen similarity proposes the same point made in
/// other words, says how many remain, a refused step keeps the ticks on the workbench, and one action groups the rest.
/// </summary>
public sealed class GroupingWorkbenchJourney(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_run_proposes_a_suggestion_a_refusal_keeps_the_ticks_and_the_rest_become_their_own_groups()
    {
        var consultation = await AdoptionArranger.OpenAsync(Site);
        var ids = await AdoptionArranger.CommentAsync(Site, consultation,
            ("tiao-2", "校车经常超载，乘车安全没有保障，请加强校车管理"), ("tiao-2", "校车超载严重，孩子乘车安全得不到保障"),
            ("tiao-2", "加强校车安全检查，杜绝校车超载超速"), ("tiao-2", "食堂伙食费偏高"),
            ("tiao-3", "希望增加体育课"), ("tiao-3", "学校图书馆周末应开放"));
        await AdoptionArranger.WindowClosesAsync(Site, consultation);
        await using var editor = await Site.SignInAsync(Newsroom.Editor);
        var page = editor.Page;
        await page.GotoAsync($"/admin/consultations/{consultation.Id}/groups");

        await page.GetByLabel("相似度（%）").FillAsync("25");
        await page.GetByRole(AriaRole.Button, new() { Name = "自动归类", Exact = true }).ClickAsync();

        await Expect(page.Locator("#status-message")).ToContainTextAsync("共归入 3 条意见；仍有 3 条意见未归类");
        await Expect(page.Locator(".badge-suggestion")).ToHaveCountAsync(1);
        await page.AssertNoViolationsAsync();

        await page.Locator($"#u-{ids[3]}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建集中意见" }).ClickAsync();

        await Expect(page.Locator("#workbench-refusal[role=alert]")).ToContainTextAsync("请填写集中意见的名称");
        await Expect(page.Locator($"#u-{ids[3]}")).ToBeCheckedAsync();
        await page.AssertNoViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "剩余意见各自成组" }).ClickAsync();

        await Expect(page.Locator("#status-message")).ToContainTextAsync("剩余的 3 条意见各自单独成组");
        await Expect(page.Locator("#readiness")).ToContainTextAsync("未归类意见 0 条");
    }
}
