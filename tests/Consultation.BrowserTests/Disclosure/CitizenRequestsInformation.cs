using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Disclosure;

/// <summary>
/// A citizen finds 依申请公开 in the footer, files a request (proof-of-work solved in the page), keeps the receipt
/// code, and later looks the request up with it: the status page shows the received date and the reply deadline.
/// </summary>
public sealed class CitizenRequestsInformation(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_request_filed_online_gets_a_receipt_code_that_opens_its_status_page_later()
    {
        var description = DemoConsultations.Unique("2025年全省义务教育阶段学校课后服务经费使用情况");
        await Page.GotoAsync("/");
        await Page.Locator(".site-footer").GetByRole(AriaRole.Link, new() { Name = "依申请公开", Exact = true }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Region, new() { Name = "提交政府信息公开申请" });

        await form.GetByLabel("申请人类型").SelectOptionAsync(new SelectOptionValue { Label = "公民（自然人）" });
        await form.GetByLabel("姓名或名称").FillAsync("浏览器测试申请人");
        await form.GetByLabel("电子邮箱").FillAsync("browser-request@example.cn");
        await form.GetByLabel("所需信息的名称、文号或特征描述").FillAsync(description);
        await form.GetByLabel("电子", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "申请办理情况", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("申请已提交");
        var code = (await Page.Locator("#receipt-code").TextContentAsync())!.Trim();
        Assert.Equal(10, code.Length);
        await Expect(Page.Locator("#disclosure-status")).ToHaveTextAsync("办理中");
        await Expect(Page.Locator("body")).Not.ToContainTextAsync("browser-request@example.cn");

        var later = await NewPageAsync();
        await later.GotoAsync("/disclosure/status");
        await later.GetByLabel("回执码", new() { Exact = true }).FillAsync(code.ToLowerInvariant());
        await later.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await Expect(later.Locator("#receipt-code")).ToHaveTextAsync(code);
        await Expect(later.Locator("#request-description")).ToHaveTextAsync(description);
        await Expect(later.Locator("#received-on")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2}$"));
        await Expect(later.Locator("#due-on")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2}$"));
        await Expect(later.Locator("#working-days-left")).ToContainTextAsync("个工作日");
    }
}
