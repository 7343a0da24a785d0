using System.Text.RegularExpressions;
using Consultation.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>
/// One back-office user in a browser context of their own, doing what they would do with the mouse and keyboard. With
/// the <paramref name="site"/>'s services it also reads the person's authenticator, as their phone would.
/// </summary>
public sealed partial class BackOfficeSession(IPage page, IServiceProvider? site = null) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ILocator ReviewState => Page.Locator("#review-state");

    /// <summary>The password, then the authenticator code for reviewers and administrators (set up the first time).</summary>
    public async Task SignInAsync(string userName, string password)
    {
        await Page.GotoAsync("/admin/login");
        await Page.GetByLabel("用户名", new() { Exact = true }).FillAsync(userName);
        await Page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        var heading = Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToHaveTextAsync(AfterPassword());
        var step = await heading.TextContentAsync();
        if (step == "设置双因素登录")
        {
            await EnrolAsync();
            await Page.GetByRole(AriaRole.Link, new() { Name = "我已保存恢复码，进入后台" }).ClickAsync();
        }
        else if (step == "输入动态验证码")
        {
            var code = await AuthenticatorCodes.NowForAsync(site ?? throw new InvalidOperationException(
                userName + " signs in with an authenticator: make the session with the site's services."), userName);
            await Page.GetByLabel("验证码或恢复码").FillAsync(code);
            await Page.GetByRole(AriaRole.Button, new() { Name = "验证并登录" }).ClickAsync();
        }
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>On the enrolment page: types the code for the key shown, as read from the screen; ends on the recovery codes.</summary>
    public async Task EnrolAsync()
    {
        var key = await Page.Locator("#authenticator-key").TextContentAsync() ?? "";
        await Page.GetByLabel("应用显示的 6 位验证码").FillAsync(AuthenticatorCodes.Now(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "确认并登录" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "双因素登录已开启", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Fills the new-article form and saves it; returns the new article's id from the page it lands on.</summary>
    public async Task<int> CreateArticleAsync(string column, string title, string markdown)
    {
        await Page.GotoAsync("/admin/articles/new");
        await Page.GetByLabel("栏目", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = column });
        await Page.GetByLabel("标题", new() { Exact = true }).FillAsync(title);
        await Page.GetByLabel("正文", new() { Exact = true }).FillAsync(markdown);
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(ArticleUrl());
        await Expect(ReviewState).ToHaveTextAsync("草稿");
        return int.Parse(ArticleUrl().Match(Page.Url).Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task SubmitAsync(int id)
    {
        await OpenArticleAsync(id);
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(ReviewState).ToHaveTextAsync("待初审");
    }

    /// <summary>Finds the article in "待我审核" on the dashboard and opens it, as a reviewer would.</summary>
    public async Task OpenFromReviewQueueAsync(string title)
    {
        await Page.GotoAsync("/admin");
        await DashboardSection("待我审核").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }

    public async Task ApproveAsync(string title, string expectedStateAfter)
    {
        await OpenFromReviewQueueAsync(title);
        await Page.ApproveAsync();
        await Expect(ReviewState).ToHaveTextAsync(expectedStateAfter);
    }

    public async Task SendBackAsync(string title, string comment)
    {
        await OpenFromReviewQueueAsync(title);
        await Page.GetByLabel("退回意见（必填）").FillAsync(comment);
        await Page.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        await Expect(ReviewState).ToHaveTextAsync("草稿");
    }

    /// <summary>A section of the dashboard, found by its heading ("待我审核", "被退回待修改").</summary>
    public ILocator DashboardSection(string heading) =>
        Page.Locator("section").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 }) });

    public async Task OpenArticleAsync(int id)
    {
        await Page.GotoAsync($"/admin/articles/{id}");
        await Expect(ReviewState).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();

    [GeneratedRegex("^(工作台|输入动态验证码|设置双因素登录)$")]
    private static partial Regex AfterPassword();

    [GeneratedRegex(@"/admin/articles/(?<id>\d+)$")]
    private static partial Regex ArticleUrl();
}
