using System.Net;
using System.Text;
using AngleSharp.Dom;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.IntegrationTests.Messages;

namespace Consultation.IntegrationTests.Hosting;

/// <summary>
/// Input no form would send, found by the hostile-input sweep (Hostile/): each once gave a 500; now a 4xx page in the
/// reader's language.
/// </summary>
public sealed class UnreadableInputTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task A_form_body_with_a_NUL_character_is_refused_with_a_400_page_in_chinese_not_a_server_error()
    {
        var visitor = site.NewBrowser();
        var token = await visitor.TokenOnAsync("/messages/new");

        var response = await visitor.Client.PostAsync("/messages/new", new StringContent(
            $"__RequestVerificationToken={Uri.EscapeDataString(token)}&Subject=a%00b", Encoding.ASCII,
            "application/x-www-form-urlencoded"));
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("请求无法完成", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_error_page_for_a_code_that_is_no_error_is_a_404()
    {
        var response = await site.Factory.CreatePlainClient().GetAsync("/error/1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_audit_filter_from_the_first_day_of_year_one_says_the_date_is_out_of_range()
    {
        var auditor = await site.SignInAsync("admin");

        var (response, page) = await auditor.GetAsync("/admin/audit?From=0001-01-01&To=9999-12-31");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("填写的日期或时间超出了可处理的范围", page.Text());
    }

    [Fact]
    public async Task A_consultation_form_whose_yes_no_field_is_neither_comes_back_with_the_binding_message()
    {
        var editor = await site.SignInAsync("admin");

        var response = await editor.PostWithTokenAsync("/admin/consultations/new", "/admin/consultations/new",
            new Dictionary<string, string> { ["Title"] = "课后服务", ["DecisionInCatalog"] = "abc" });
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“abc”不是有效的值", page.Text());
        Assert.False(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=DecisionInCatalog][type=checkbox]")!.IsChecked);
    }

    [Fact]
    public async Task A_field_longer_than_its_limit_is_refused_with_the_limit_in_chinese_not_the_framework_english()
    {
        var fields = MessageSteps.Fields("课后服务");
        fields["Box"] = new string('x', 500);

        var response = await MessageSteps.SendAsync(site.NewBrowser(), fields);
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("这一项最多可填写", page.Text());
        Assert.DoesNotContain("The field", page.DocumentElement.TextContent);
    }
}
