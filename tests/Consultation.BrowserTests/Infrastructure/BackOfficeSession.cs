using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>One back-office user in a browser context of their own, doing what they would do with the mouse and keyboard.</summary>
public sealed partial class BackOfficeSession(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ILocator ReviewState => Page.Locator("#review-state");

    public async Task SignInAsync(string userName, string password)
    {
        await Page.GotoAsync("/admin/login");
        await Page.GetByLabel("用户名", new() { Exact = true }).FillAsync(userName);
        await Page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
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

    [GeneratedRegex(@"/admin/articles/(?<id>\d+)$")]
    private static partial Regex ArticleUrl();
}
