using System.Diagnostics;
using System.Net;
using Consultation.Core.Accounts;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Accounts;

/// <summary>
/// From outside, a wrong password, an unknown name and a locked account cannot be told apart: same status, same page,
/// and about the same time to answer (an unknown name still pays for a password hash).
/// </summary>
public abstract class SignInAnswerBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task Wrong_password_unknown_user_and_locked_account_get_the_same_status_and_the_same_page()
    {
        var admin = await site.SignInAsync("admin");
        var password = await admin.CreateUserAsync("clerk.same", BackOfficeRoles.Editor);
        var lockedPassword = await admin.CreateUserAsync("clerk.shut", BackOfficeRoles.Editor);
        var id = await site.UserIdAsync("clerk.shut");
        await admin.PostFieldsAsync($"/admin/users/{id}", $"/admin/users/{id}/lock");

        var wrong = await AnswerAsync("clerk.same", password + "x");
        var unknown = await AnswerAsync("clerk.nobody", password);
        var locked = await AnswerAsync("clerk.shut", lockedPassword);

        Assert.Equal((HttpStatusCode.BadRequest, wrong.Page), unknown);
        Assert.Equal((HttpStatusCode.BadRequest, wrong.Page), locked);
        Assert.Contains("用户名或密码不正确，或该账户暂时不能登录", wrong.Page);
    }

    [SkippableFact]
    public async Task An_unknown_name_takes_about_as_long_to_refuse_as_a_wrong_password()
    {
        var password = await (await site.SignInAsync("admin")).CreateUserAsync("clerk.timing", BackOfficeRoles.Editor);
        await TimeAsync("clerk.timing", "warm-up-" + password); // first hash and first query of this name

        // Alternating, so a slow moment of the machine falls on both; four wrong passwords stay below the lockout.
        var wrong = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            wrong.Add(await TimeAsync("clerk.timing", $"Wrong-{i}-{password}"));
            unknown.Add(await TimeAsync($"clerk.ghost{i}", password));
        }

        // Without the stand-in hash an unknown name answers in a few milliseconds against tens for a real check.
        Assert.True(Median(unknown) > 0.5 * Median(wrong),
            $"unknown user {Median(unknown):F1} ms against wrong password {Median(wrong):F1} ms");
    }

    private async Task<(HttpStatusCode, string Page)> AnswerAsync(string userName, string password)
    {
        var response = await site.NewBrowser().SubmitAsync("/admin/login", "/admin/login",
            new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });
        return (response.StatusCode, (await Browser.ParseAsync(response)).QuerySelector("main")!.TextContent);
    }

    /// <summary>Milliseconds from sending the sign-in post to its answer (the form is fetched before the clock starts).</summary>
    private async Task<double> TimeAsync(string userName, string password)
    {
        var browser = site.NewBrowser();
        var (_, page) = await browser.GetAsync("/admin/login");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action='/admin/login']")!;
        var watch = Stopwatch.StartNew();
        await browser.PostAsync("/admin/login", form, new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
