using System.Net;
using Consultation.Core.Accounts;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;

namespace Consultation.IntegrationTests.Accounts;

/// <summary>Reviewers and administrators sign in with a password and an authenticator code; the password alone opens nothing.</summary>
public abstract class SecondFactorBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task A_new_reviewer_is_sent_to_set_up_an_authenticator_and_the_password_alone_opens_no_back_office_page()
    {
        var password = await (await site.SignInAsync("admin")).CreateUserAsync("clerk.totp", BackOfficeRoles.FirstReviewer);
        var reviewer = site.NewBrowser();

        var afterPassword = await PasswordAsync(reviewer, "clerk.totp", password);
        var dashboard = await reviewer.Client.GetAsync("/admin");
        var (_, enrolment) = await reviewer.GetAsync(afterPassword.LocationPath());

        Assert.Equal("/admin/login/enrol", afterPassword.LocationPath());
        Assert.StartsWith("/admin/login?", dashboard.LocationPath());
        Assert.Equal("设置双因素登录", enrolment.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", enrolment.QuerySelector("img.qr-code")!.GetAttribute("src"));
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", enrolment.QuerySelector("#authenticator-key")!.TextContent);
    }

    [SkippableFact]
    public async Task Confirming_the_authenticator_signs_in_and_shows_ten_recovery_codes_once_and_later_sign_ins_ask_for_the_code()
    {
        var password = await (await site.SignInAsync("admin")).CreateUserAsync("clerk.enrol", BackOfficeRoles.SecondReviewer);
        var first = site.NewBrowser();
        await PasswordAsync(first, "clerk.enrol", password);

        var enrolled = await first.EnrolAsync("/admin/login/enrol");
        var codes = (await Browser.ParseAsync(enrolled)).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        var (_, again) = await first.GetAsync("/admin/login/enrol");
        var later = site.NewBrowser();
        var afterPassword = await PasswordAsync(later, "clerk.enrol", password);

        Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync("/admin")).StatusCode);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Null(again.QuerySelector("#authenticator-key")); // the key is not shown again once set up
        Assert.Equal("/admin/login/code", afterPassword.LocationPath());
        Assert.StartsWith("/admin/login?", (await later.Client.GetAsync("/admin")).LocationPath());
    }

    [SkippableFact]
    public async Task A_wrong_code_is_refused_with_a_clear_message_and_a_recovery_code_works_exactly_once()
    {
        var password = await (await site.SignInAsync("admin")).CreateUserAsync("clerk.recover", BackOfficeRoles.FinalReviewer);
        var first = site.NewBrowser();
        await PasswordAsync(first, "clerk.recover", password);
        var codes = (await Browser.ParseAsync(await first.EnrolAsync("/admin/login/enrol")))
            .QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();

        var wrong = await CodeAsync(site.NewBrowser(), "clerk.recover", password, WrongCode(await AuthenticatorCodes.NowForAsync(site.Factory.Services, "clerk.recover")));
        var recovered = await CodeAsync(site.NewBrowser(), "clerk.recover", password, codes[0].ToLowerInvariant());
        var reused = await CodeAsync(site.NewBrowser(), "clerk.recover", password, codes[0]);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("验证码不正确或已过期", (await Browser.ParseAsync(wrong)).Text());
        Assert.Equal("/admin", recovered.LocationPath());
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }

    [SkippableFact]
    public async Task Editors_are_not_asked_for_a_code_and_the_code_pages_without_a_password_step_send_back_to_sign_in()
    {
        var editor = site.NewBrowser();
        var afterPassword = await PasswordAsync(editor, "editor", site.Factory.Credentials.PasswordOf("editor"));
        var stranger = site.NewBrowser();
        var enrol = await stranger.Client.GetAsync("/admin/login/enrol");
        var code = await stranger.SubmitAsync("/admin/login/code", "/admin/login/code", new Dictionary<string, string> { ["Code"] = "123456" });

        Assert.Equal("/admin", afterPassword.LocationPath());
        Assert.Equal("/admin/login", enrol.LocationPath());
        Assert.Equal("/admin/login", code.LocationPath());
    }

    [SkippableFact]
    public async Task The_enrolment_page_speaks_english_when_asked()
    {
        var password = await (await site.SignInAsync("admin")).CreateUserAsync("clerk.english", BackOfficeRoles.Administrator);
        var browser = site.NewBrowser();
        await PasswordAsync(browser, "clerk.english", password);

        await browser.Client.GetAsync("/language/en");
        var (_, page) = await browser.GetAsync("/admin/login/enrol");
        var refused = await browser.SubmitAsync("/admin/login/enrol", "/admin/login/enrol",
            new Dictionary<string, string> { ["Code"] = "000000" });

        Assert.Equal("Set up two-step sign-in", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The code is not correct or has expired", (await Browser.ParseAsync(refused)).Text());
    }

    [SkippableFact]
    public async Task After_an_administrator_resets_a_lost_authenticator_the_reviewer_is_sent_to_set_up_a_new_one()
    {
        var admin = await site.SignInAsync("admin");
        var password = await admin.CreateUserAsync("clerk.lost", BackOfficeRoles.FirstReviewer);
        await site.NewBrowser().SignInAsync("clerk.lost", password);
        var id = await site.UserIdAsync("clerk.lost");

        var reset = await admin.PostFieldsAsync($"/admin/users/{id}", $"/admin/users/{id}/reset-second-factor");
        var afterPassword = await PasswordAsync(site.NewBrowser(), "clerk.lost", password);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/admin/login/enrol", afterPassword.LocationPath());
        Assert.Contains("双因素登录已重置", (await admin.GetAsync(reset.LocationPath())).Page.Text());
    }

    private static Task<HttpResponseMessage> PasswordAsync(Browser browser, string userName, string password) =>
        browser.SubmitAsync("/admin/login", "/admin/login",
            new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    private static async Task<HttpResponseMessage> CodeAsync(Browser browser, string userName, string password, string code)
    {
        await PasswordAsync(browser, userName, password);
        return await browser.SubmitAsync("/admin/login/code", "/admin/login/code", new Dictionary<string, string> { ["Code"] = code });
    }

    /// <summary>A six-digit code that is not the current one (one chance in 200,000 that it is a neighbouring step's).</summary>
    private static string WrongCode(string right) => right == "000000" ? "111111" : "000000";
}
