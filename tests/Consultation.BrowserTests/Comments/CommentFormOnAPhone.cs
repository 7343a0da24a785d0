using Consultation.BrowserTests.Accessibility.ElderMode;
using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Comments;

/// <summary>
/// The comment form on a 390 px phone: a refusal is seen where the citizen is looking, the first press of 提交意见
/// submits, an over-long text is refused rather than cut, and sending again after Back gives the first receipt.
/// </summary>
public sealed class CommentFormOnAPhone(BrowserSite site) : BrowserTest(site)
{
    private const int PhoneWidth = 390, PhoneHeight = 844;

    private ILocator Summary(IPage page) => page.Locator("#comment-errors").GetByRole(AriaRole.Alert);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_empty_submit_shows_the_error_summary_in_the_viewport_and_it_clears_once_fixed(bool elder)
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        if (elder) await page.InElderModeAsync(Site);
        var citizen = new Citizen(page);
        await citizen.OpenDraftAsync();

        await citizen.CommentForm.GetByRole(AriaRole.Button, new() { Name = "提交意见", Exact = true }).ClickAsync();

        await Expect(Summary(page)).ToContainTextAsync("请填写意见内容。");
        await Expect(Summary(page)).ToBeInViewportAsync();
        await Expect(page.Locator("#comment-errors")).ToBeFocusedAsync();
        await page.AssertNoViolationsAsync();

        await Summary(page).GetByRole(AriaRole.Link, new() { Name = "请填写意见内容。" }).ClickAsync();
        await Expect(citizen.CommentForm.GetByLabel("意见内容")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("建议");
        await Expect(Summary(page)).ToHaveCountAsync(0);
        await Expect(citizen.CommentForm.GetByLabel("意见内容")).Not.ToHaveAttributeAsync("aria-invalid", "true");
    }

    private const string TokenReason = "这次没有核对成功";

    [Fact]
    public async Task Without_javascript_the_comment_comes_back_with_what_was_typed_and_the_reason()
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        await page.Context.RouteAsync("**/*.js*", route => route.AbortAsync());
        var citizen = new Citizen(page);
        await citizen.OpenDraftAsync();
        var body = DemoConsultations.Unique("没有脚本时提交的意见");

        await citizen.CommentForm.GetByLabel("意见内容").FillAsync(body);
        await citizen.CommentForm.GetByLabel("姓名", new() { Exact = true }).FillAsync("无脚本读者");
        await citizen.CommentForm.GetByRole(AriaRole.Button, new() { Name = "提交意见", Exact = true }).ClickAsync();

        // A cached page carries no per-visitor token and nothing fetched it: the same form comes back, typed text kept,
        // the reason in the summary, and now with the visitor's own token.
        await Expect(Summary(page)).ToContainTextAsync(TokenReason);
        await Expect(citizen.CommentForm.GetByLabel("意见内容")).ToHaveValueAsync(body);
        await Expect(citizen.CommentForm.GetByLabel("姓名", new() { Exact = true })).ToHaveValueAsync("无脚本读者");
        await Expect(citizen.CommentForm.Locator("input[name=__RequestVerificationToken]")).Not.ToHaveValueAsync("");
    }

    [Fact]
    public async Task When_the_security_code_never_arrived_the_second_press_stores_the_comment()
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        // The token request fails (a flaky mobile network), so the form goes without it.
        await page.RouteAsync("**/forms/token", route => route.AbortAsync());
        var citizen = new Citizen(page);
        await citizen.OpenDraftAsync();
        var body = DemoConsultations.Unique("安全码没有取到时提交的意见");
        var submit = citizen.CommentForm.GetByRole(AriaRole.Button, new() { Name = "提交意见", Exact = true });

        await citizen.CommentForm.GetByLabel("意见内容").FillAsync(body);
        await submit.ClickAsync();

        await Expect(Summary(page)).ToContainTextAsync(TokenReason);
        await Expect(Summary(page)).ToBeInViewportAsync();
        await Expect(citizen.CommentForm.GetByLabel("意见内容")).ToHaveValueAsync(body);
        await page.AssertNoViolationsAsync();

        await submit.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "意见回执", Level = 1 })).ToBeVisibleAsync();
        await Expect(citizen.ReceiptCode).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#receipt-body")).ToHaveTextAsync(body);
    }

    [Fact]
    public async Task A_text_past_the_limit_is_warned_about_refused_with_a_message_and_kept_whole()
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        var citizen = new Citizen(page);
        await citizen.OpenDraftAsync();
        var box = citizen.CommentForm.GetByLabel("意见内容");
        var counter = page.Locator("#body-counter");

        await box.FillAsync(new string('议', 4600));
        await Expect(counter).ToHaveTextAsync("已输入 4600 字，还可输入 400 字");

        var tooLong = new string('议', 5003);
        await box.FillAsync(tooLong);
        await Expect(counter).ToHaveTextAsync("已输入 5003 字，超出上限 3 字，请删减后再提交");
        await citizen.CommentForm.GetByRole(AriaRole.Button, new() { Name = "提交意见", Exact = true }).ClickAsync();

        await Expect(Summary(page)).ToContainTextAsync("意见内容共 5003 字，超过上限 5000 字。请删减 3 字后再提交");
        await Expect(Summary(page)).ToBeInViewportAsync();
        Assert.Equal(5003, (await box.InputValueAsync()).Length);
    }

    [Fact]
    public async Task The_first_press_submits_while_verification_is_running_and_the_status_never_moves_the_button()
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        // A slow network: the challenge arrives a second and a half after the reader starts typing.
        await page.RouteAsync("**/captcha/challenge", async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });
        var citizen = new Citizen(page);
        await citizen.OpenDraftAsync();
        var button = citizen.CommentForm.GetByRole(AriaRole.Button, new() { Name = "提交意见", Exact = true });
        const string top = "e => e.getBoundingClientRect().top + window.scrollY";
        var before = await button.EvaluateAsync<double>(top);

        await citizen.CommentForm.GetByLabel("意见内容").FillAsync(DemoConsultations.Unique("第一次点击就要提交"));
        await Expect(page.Locator(".captcha-status")).ToHaveTextAsync("正在进行安全验证，请稍候…");
        Assert.Equal(before, await button.EvaluateAsync<double>(top));

        await button.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "意见回执", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Sending_again_after_back_returns_the_first_receipt()
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        var citizen = new Citizen(page);
        var body = DemoConsultations.Unique("返回后再次提交不应产生第二份回执");
        await citizen.OpenDraftAsync();
        var first = await citizen.SubmitAsync(body);

        await page.GoBackAsync();
        await Expect(citizen.CommentForm).ToBeVisibleAsync();
        var second = await citizen.SubmitAsync(body);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task The_receipt_shows_the_text_and_clause_as_received_but_no_contact_details()
    {
        var citizen = new Citizen(await NewPageAsync(PhoneWidth, PhoneHeight));
        var body = DemoConsultations.Unique("建议第三条写明听证会的通知时间\n第二段：联系电话 13912345678");
        await citizen.OpenDraftAsync();
        await citizen.CommentOnClauseAsync("第三条");
        await citizen.CommentForm.GetByLabel("电话或电子邮箱").FillAsync("contact-only@example.cn");
        await citizen.SubmitAsync(body, name: "回执测试人", organisation: "回执测试单位");

        var page = citizen.Page;
        await Expect(page.Locator("#receipt-body")).ToHaveTextAsync(body);
        await Expect(page.Locator(".receipt")).ToContainTextAsync("第三条");
        var text = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("回执测试人", text);
        Assert.DoesNotContain("回执测试单位", text);
        Assert.DoesNotContain("contact-only@example.cn", text);
        await page.AssertNoViolationsAsync();
        await page.InElderModeAsync(Site);
        await page.ReloadAsync();
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_receipt_lookup_is_linked_from_the_draft_page_the_receipt_and_the_footer()
    {
        var citizen = new Citizen(Page);
        await citizen.OpenDraftAsync();
        await Expect(citizen.CommentForm.GetByRole(AriaRole.Link, new() { Name = "意见回执查询" })).ToHaveAttributeAsync("href", "/receipt");
        await Expect(Page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "意见回执查询" })).ToHaveAttributeAsync("href", "/receipt");

        await citizen.SubmitAsync(DemoConsultations.Unique("回执页面应能找到查询入口"));

        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "意见回执查询" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("查询意见处理情况");
    }

    [Fact]
    public async Task The_contents_list_follows_the_order_of_the_page()
    {
        await new Citizen(Page).OpenDraftAsync();

        var listed = await Page.Locator(".page-contents a").EvaluateAllAsync<string[]>("links => links.map(a => a.hash.slice(1))");
        var onPage = await Page.EvaluateAsync<string[]>(
            "ids => ids.slice().sort((a, b) => document.getElementById(a).compareDocumentPosition(document.getElementById(b)) & 4 ? -1 : 1)",
            listed);

        Assert.Equal(["explanation", "interpretations", "draft", "comment-form", "comments"], listed);
        Assert.Equal(onPage, listed);
    }
}
