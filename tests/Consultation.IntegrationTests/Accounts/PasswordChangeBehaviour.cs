using System.Net;
using Consultation.Core.Accounts;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Accounts;

/// <summary>Each back-office user changes their own password: the current one first, the new one twice, the site's rules.</summary>
public abstract class PasswordChangeBehaviour(SiteFixture site)
{
    private const string Page = "/admin/account/password";

    [SkippableFact]
    public async Task The_new_password_works_the_old_one_no_longer_does_and_the_change_is_audited()
    {
        var password = await (await site.SignInAsync("admin")).CreateUserAsync("clerk.own", BackOfficeRoles.Editor);
        var clerk = await site.NewBrowser().SignInAsync("clerk.own", password);

        var changed = await ChangeAsync(clerk, password, "Fresh-Garden-2026", "Fresh-Garden-2026");
        var (_, after) = await clerk.GetAsync(changed.LocationPath());
        var (_, log) = await (await site.SignInAsync("auditor")).GetAsync("/admin/audit?action=password_change");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("密码已修改", after.Text());
        await Assert.ThrowsAsync<InvalidOperationException>(() => site.NewBrowser().SignInAsync("clerk.own", password));
        await site.NewBrowser().SignInAsync("clerk.own", "Fresh-Garden-2026");
        Assert.Contains("clerk.own", log.Text());
    }

    [SkippableFact]
    public async Task A_wrong_current_password_a_mismatch_and_a_weak_password_are_each_refused_with_their_own_message()
    {
        var password = await (await site.SignInAsync("admin")).CreateUserAsync("clerk.rules", BackOfficeRoles.Auditor);
        var clerk = await site.NewBrowser().SignInAsync("clerk.rules", password);

        var wrongCurrent = await ChangeAsync(clerk, password + "x", "Fresh-Garden-2026", "Fresh-Garden-2026");
        var mismatch = await ChangeAsync(clerk, password, "Fresh-Garden-2026", "Fresh-Garden-2027");
        var weak = await ChangeAsync(clerk, password, "short1A", "short1A");
        var noDigit = await ChangeAsync(clerk, password, "Fresh-Garden-Path", "Fresh-Garden-Path");

        Assert.All([wrongCurrent, mismatch, weak, noDigit], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("当前密码不正确", (await Browser.ParseAsync(wrongCurrent)).Text());
        Assert.Contains("两次输入的新密码不一致", (await Browser.ParseAsync(mismatch)).Text());
        Assert.Contains("新密码至少需要 12 位", (await Browser.ParseAsync(weak)).Text());
        Assert.Contains("新密码需要包含数字", (await Browser.ParseAsync(noDigit)).Text());
        await site.NewBrowser().SignInAsync("clerk.rules", password); // nothing changed
    }

    [SkippableFact]
    public async Task Refusals_are_in_english_on_an_english_page()
    {
        var password = await (await site.SignInAsync("admin")).CreateUserAsync("clerk.en", BackOfficeRoles.Editor);
        var clerk = await site.NewBrowser().SignInAsync("clerk.en", password);
        await clerk.Client.GetAsync("/language/en");

        var mismatch = await ChangeAsync(clerk, password, "Fresh-Garden-2026", "");
        var weak = await ChangeAsync(clerk, password, "Fresh-garden-path", "Fresh-garden-path");

        Assert.Contains("Enter the new password again.", (await Browser.ParseAsync(mismatch)).Text());
        Assert.Contains("The new password needs a digit.", (await Browser.ParseAsync(weak)).Text());
    }

    private static Task<HttpResponseMessage> ChangeAsync(Browser browser, string current, string next, string again) =>
        browser.SubmitAsync(Page, Page, new Dictionary<string, string>
        {
            ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = again,
        });
}
