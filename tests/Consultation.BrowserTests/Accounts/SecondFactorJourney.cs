using Consultation.BrowserTests.Infrastructure;
using Consultation.Core.Accounts;
using Consultation.Infrastructure.Accounts;
using Consultation.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Accounts;

/// <summary>
/// A new reviewer's first sign-in sets up the authenticator (QR code and key on screen, code typed from the app),
/// the next one asks for the code; each page passes axe. The code is computed here, as the phone app would.
/// </summary>
public sealed class SecondFactorJourney(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_new_reviewer_sets_up_the_authenticator_and_signs_in_with_a_code_next_time()
    {
        var userName = "reviewer.totp" + Random.Shared.Next(1000, 9999);
        var password = await CreateReviewerAsync(userName);

        await PasswordAsync(Page, userName, password);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "设置双因素登录", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = $"账户 {userName} 的身份验证器二维码（内容与下方密钥相同）" })).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
        var key = await Page.Locator("#authenticator-key").TextContentAsync() ?? "";
        await Page.GetByLabel("应用显示的 6 位验证码").FillAsync(AuthenticatorCodes.Now(key));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "双因素登录已开启", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("#recovery-codes li")).ToHaveCountAsync(BackOfficeSignIn.RecoveryCodeCount);
        await Page.AssertNoViolationsAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "我已保存恢复码，进入后台" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();

        var later = await NewPageAsync();
        await PasswordAsync(later, userName, password);
        await Expect(later.GetByRole(AriaRole.Heading, new() { Name = "输入动态验证码", Level = 1 })).ToBeVisibleAsync();
        await later.AssertNoViolationsAsync();
        await later.GetByLabel("验证码或恢复码").FillAsync("000000" == AuthenticatorCodes.Now(key) ? "111111" : "000000");
        await later.Keyboard.PressAsync("Enter");
        await Expect(later.GetByRole(AriaRole.Alert)).ToContainTextAsync("验证码不正确或已过期");
        await later.AssertNoViolationsAsync();
        await later.GetByLabel("验证码或恢复码").FillAsync(AuthenticatorCodes.Now(key));
        await later.Keyboard.PressAsync("Enter");
        await Expect(later.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_own_password_page_passes_axe_and_refuses_a_mismatch_in_words()
    {
        await using var editor = await Site.SignInAsync(Newsroom.Editor);

        await editor.Page.GetByRole(AriaRole.Link, new() { Name = "修改密码" }).ClickAsync();
        await Expect(editor.Page.GetByRole(AriaRole.Heading, new() { Name = "修改我的密码", Level = 1 })).ToBeVisibleAsync();
        await editor.Page.AssertNoViolationsAsync();
        await editor.Page.GetByLabel("当前密码").FillAsync(Site.Credentials.PasswordOf(Newsroom.Editor));
        await editor.Page.GetByLabel("新密码", new() { Exact = true }).FillAsync("Fresh-Garden-2026");
        await editor.Page.GetByLabel("再次输入新密码").FillAsync("Fresh-Garden-2027");
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();

        await Expect(editor.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("两次输入的新密码不一致");
        await editor.Page.AssertNoViolationsAsync();
    }

    private async Task<string> CreateReviewerAsync(string userName)
    {
        using var scope = Site.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<BackOfficeAccounts>();
        var admin = new Actor("browser-test", "测试管理员", new HashSet<string> { BackOfficeRoles.Administrator });
        return (await accounts.CreateAsync(admin, userName, "测试初审", [BackOfficeRoles.FirstReviewer])).Password;
    }

    private static async Task PasswordAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
    }
}
