using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Comments;

/// <summary>
/// A citizen comments on one clause of the open draft, keeps the receipt code, and later finds the comment public: the
/// whole path through the real browser, proof-of-work included, with the editor's moderation in between.
/// </summary>
public sealed class CitizenCommentJourney(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_comment_on_the_third_clause_gets_a_receipt_and_after_the_editor_publishes_it_is_public_under_that_clause()
    {
        var citizen = new Citizen(Page);
        var body = DemoConsultations.Unique("建议第三条明确征求意见期限从草案公开之日起计算");

        await citizen.OpenDraftAsync();
        await citizen.CommentOnClauseAsync("第三条");
        var code = await citizen.SubmitAsync(body);

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("提交成功，感谢您的意见！");
        await Expect(citizen.ReceiptStatus).ToHaveTextAsync("已收到");
        await Expect(Page.Locator(".receipt")).ToContainTextAsync("第三条");

        await using (var editor = await Site.SignInAsync(Newsroom.Editor))
            await editor.PublishCommentAsync(DemoConsultations.OpenTitle, body);

        await citizen.LookUpReceiptAsync(code);
        await Expect(citizen.ReceiptStatus).ToHaveTextAsync("已公开");

        await citizen.OpenDraftAsync("?clause=tiao-3");
        var published = Page.Locator("#comments .comment").Filter(new() { HasText = body });
        await Expect(published).ToBeVisibleAsync();
        await Expect(published.Locator(".comment-meta")).ToContainTextAsync("第三条");
    }
}
