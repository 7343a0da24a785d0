using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Review;

/// <summary>三审 in the browser: the editor writes, 初审, 复审 and 终审 each approve, and only then does the public see it.</summary>
public sealed class ThreeReviewJourney(BrowserSite site) : BrowserTest(site)
{
    private const string Column = "通知公告";

    private const string Markdown = """
        本通知适用于全省各级教育行政部门。

        ## 工作要求

        各单位要**高度重视**，认真组织实施。

        - 明确责任分工
        - 按时报送材料
        """;

    private static string UniqueTitle(string title) => $"{title}（{Guid.NewGuid().ToString("N")[..6]}）";

    [Fact]
    public async Task An_article_approved_by_all_three_reviewers_is_public_with_its_markdown_rendered()
    {
        var title = UniqueTitle("关于做好校园安全检查工作的通知");
        await using (var editor = await Site.SignInAsync(Newsroom.Editor))
        {
            var id = await editor.CreateArticleAsync(Column, title, Markdown);
            await editor.SubmitAsync(id);
        }
        await ApproveAsync(Newsroom.FirstReviewer, title, "待复审");
        await ApproveAsync(Newsroom.SecondReviewer, title, "待终审");
        await ApproveAsync(Newsroom.FinalReviewer, title, "终审通过");

        await Page.GotoAsync("/columns/notices");
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        var body = Page.Locator(".document-body");
        await Expect(body.GetByRole(AriaRole.Heading, new() { Name = "工作要求", Level = 2 })).ToBeVisibleAsync();
        await Expect(body.Locator("strong")).ToHaveTextAsync("高度重视");
        await Expect(body.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["明确责任分工", "按时报送材料"]);
        await Expect(body).Not.ToContainTextAsync("**");
    }

    [Fact]
    public async Task At_final_review_publishing_asks_first_and_a_hurried_click_publishes_nothing()
    {
        var title = UniqueTitle("关于做好寒假安全教育的通知");
        await using (var editor = await Site.SignInAsync(Newsroom.Editor))
        {
            var id = await editor.CreateArticleAsync(Column, title, Markdown);
            await editor.SubmitAsync(id);
        }
        await ApproveAsync(Newsroom.FirstReviewer, title, "待复审");
        await ApproveAsync(Newsroom.SecondReviewer, title, "待终审");

        await using var final = await Site.SignInAsync(Newsroom.FinalReviewer);
        await final.OpenFromReviewQueueAsync(title);
        await final.Page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Expect(final.ReviewState).ToHaveTextAsync("待终审");
        await Expect(final.Page.GetByLabel(ReviewBoxClicks.ConfirmPublish)).ToBeFocusedAsync();

        await final.Page.GetByLabel(ReviewBoxClicks.ConfirmPublish).CheckAsync();
        await final.Page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Expect(final.ReviewState).ToHaveTextAsync("终审通过");
        await Expect(final.Page.Locator("#status-message")).ToContainTextAsync("审核通过");
    }

    [Fact]
    public async Task The_editor_sees_no_approve_button_and_a_forged_approval_is_refused()
    {
        var title = UniqueTitle("关于报送年度工作总结的通知");
        await using var editor = await Site.SignInAsync(Newsroom.Editor);
        var id = await editor.CreateArticleAsync(Column, title, Markdown);
        await editor.SubmitAsync(id);

        await Expect(editor.Page.GetByRole(AriaRole.Button, new() { Name = "审核通过" })).ToHaveCountAsync(0);

        // Forge the post a hidden button would make: re-point a real form (with its antiforgery token) at /approve.
        await editor.Page.Locator("form[action='/admin/logout']").EvaluateAsync(
            "(form, action) => { form.action = action; form.submit(); }", $"/admin/review/article/{id}/approve");
        await Expect(editor.Page.GetByRole(AriaRole.Heading, new() { Name = "操作未完成", Level = 1 })).ToBeVisibleAsync();
        await Expect(editor.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("您没有当前审核环节的权限，不能跳过审核环节。");

        await editor.OpenArticleAsync(id);
        await Expect(editor.ReviewState).ToHaveTextAsync("待初审");
    }

    [Fact]
    public async Task A_reviewer_sends_back_with_a_comment_and_the_editor_reads_it_on_the_article()
    {
        var title = UniqueTitle("关于征集教育规划意见的通知");
        const string comment = "请补充发文字号，并核对报送时间。";
        int id;
        await using (var editor = await Site.SignInAsync(Newsroom.Editor))
        {
            id = await editor.CreateArticleAsync(Column, title, Markdown);
            await editor.SubmitAsync(id);
        }

        await using (var reviewer = await Site.SignInAsync(Newsroom.FirstReviewer))
            await reviewer.SendBackAsync(title, comment);

        await using var author = await Site.SignInAsync(Newsroom.Editor);
        await author.DashboardSection("被退回待修改").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(author.ReviewState).ToHaveTextAsync("草稿");
        var note = author.Page.Locator("#return-comment");
        await Expect(note).ToContainTextAsync("退回了本文");
        await Expect(note).ToContainTextAsync(comment);
        Assert.EndsWith($"/admin/articles/{id}", author.Page.Url, StringComparison.Ordinal);
    }

    private async Task ApproveAsync(string reviewer, string title, string stateAfter)
    {
        await using var session = await Site.SignInAsync(reviewer);
        await session.ApproveAsync(title, stateAfter);
    }
}
