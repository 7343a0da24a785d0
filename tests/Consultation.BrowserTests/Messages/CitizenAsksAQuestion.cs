using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Messages;

/// <summary>A citizen writes to the department, keeps the receipt code and later checks the message's progress with it.</summary>
public sealed class CitizenAsksAQuestion(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_message_sent_through_the_form_can_be_followed_with_its_receipt_code()
    {
        var subject = DemoConsultations.Unique("中职学校学生资助");
        await Page.GotoAsync("/messages");
        await Page.GetByRole(AriaRole.Link, new() { Name = "我要咨询" }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Region, new() { Name = "填写留言" });

        await form.GetByLabel("咨询留言", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("标题").FillAsync(subject);
        await form.GetByLabel("留言内容").FillAsync("请问中职学校学生的国家助学金如何申请？");
        await form.GetByLabel("电话或电子邮箱").FillAsync("13800138000");
        await form.GetByLabel("同意在答复后公开我的问题和答复（不公开姓名和联系方式）").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "提交留言" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "留言办理情况", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("留言已提交");
        var code = (await Page.Locator("#receipt-code").TextContentAsync())!.Trim();
        await Expect(Page.Locator("body")).Not.ToContainTextAsync("13800138000");

        var later = await NewPageAsync();
        await later.GotoAsync("/messages/status");
        await later.GetByLabel("回执码", new() { Exact = true }).FillAsync(code);
        await later.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await Expect(later.Locator("#receipt-code")).ToHaveTextAsync(code);
        await Expect(later.Locator("#message-status")).ToHaveTextAsync("办理中");
        await Expect(later.Locator("#reply-due-on")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}-\d{2}$"));
    }
}
