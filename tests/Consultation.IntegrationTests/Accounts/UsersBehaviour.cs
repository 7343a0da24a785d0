using System.Net;
using Consultation.Core.Accounts;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Accounts;

/// <summary>Users and roles at /admin/users; run on SQLite and on PostgreSQL.</summary>
public abstract class UsersBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task An_administrator_creates_a_user_who_can_then_sign_in_with_the_shown_password()
    {
        var admin = await site.SignInAsync("admin");

        var password = await admin.CreateUserAsync("clerk.wang", BackOfficeRoles.Editor, BackOfficeRoles.FirstReviewer);
        var clerk = await site.NewBrowser().SignInAsync("clerk.wang", password);

        var (response, _) = await clerk.GetAsync("/admin/articles/new");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, list) = await admin.GetAsync("/admin/users");
        var row = list.QuerySelector("tr[data-user='clerk.wang']")!;
        Assert.Equal("编辑、初审", row.QuerySelector(".roles")!.TextContent);
        Assert.Equal([BackOfficeRoles.Editor, BackOfficeRoles.FirstReviewer], await site.RolesOfAsync("clerk.wang"));
    }

    [SkippableFact]
    public async Task The_generated_password_page_is_not_cached()
    {
        var admin = await site.SignInAsync("admin");

        var response = await admin.PostFieldsAsync("/admin/users/new", "/admin/users/new",
            ("UserName", "clerk.cache"), ("DisplayName", "缓存测试"), ("Roles", BackOfficeRoles.Auditor));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [SkippableFact]
    public async Task Someone_who_is_not_an_administrator_gets_403_on_the_users_page()
    {
        foreach (var name in new[] { "editor", "auditor", "reviewer1" })
        {
            var person = await site.SignInAsync(name);
            Assert.Equal(HttpStatusCode.Forbidden, await person.SeenStatusAsync(await person.Client.GetAsync("/admin/users")));
        }
    }

    [SkippableFact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role_and_nothing_changes()
    {
        var admin = await site.SignInAsync("admin");
        var me = await site.UserIdAsync("admin");

        var response = await admin.PostFieldsAsync($"/admin/users/{me}", $"/admin/users/{me}",
            ("DisplayName", "改名"), ("Roles", BackOfficeRoles.Editor));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不能取消您自己的系统管理员角色", (await Browser.ParseAsync(response)).Text());
        Assert.Equal([BackOfficeRoles.Administrator], await site.RolesOfAsync("admin"));
        var (_, list) = await admin.GetAsync("/admin/users");
        Assert.Equal("系统管理员", list.QuerySelector("tr[data-user='admin'] td")!.TextContent);
    }

    [SkippableFact]
    public async Task An_administrator_cannot_lock_themself()
    {
        var admin = await site.SignInAsync("admin");
        var me = await site.UserIdAsync("admin");

        var response = await admin.PostFieldsAsync("/admin/users", $"/admin/users/{me}/lock");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不能锁定您自己的账户", (await Browser.ParseAsync(response)).Text());
        var (_, list) = await admin.GetAsync("/admin/users");
        Assert.Equal("正常", list.QuerySelector("tr[data-user='admin'] .status")!.TextContent.Trim());
    }

    /// <summary>Two administrators demote each other: the second demotion would leave none, so it is refused.</summary>
    [SkippableFact]
    public async Task The_last_administrator_cannot_be_demoted_and_nothing_changes()
    {
        var admin = await site.SignInAsync("admin");
        var password = await admin.CreateUserAsync("deputy", BackOfficeRoles.Administrator);
        var deputy = await site.NewBrowser().SignInAsync("deputy", password);
        var deputyId = await site.UserIdAsync("deputy");
        var adminId = await site.UserIdAsync("admin");
        var demoted = await admin.PostFieldsAsync($"/admin/users/{deputyId}", $"/admin/users/{deputyId}",
            ("DisplayName", "副管理员"), ("Roles", BackOfficeRoles.Editor));
        Assert.Equal(HttpStatusCode.Redirect, demoted.StatusCode);

        // The deputy's session still carries the old role until its next security check.
        var response = await deputy.PostFieldsAsync("/admin/users", $"/admin/users/{adminId}",
            ("DisplayName", "系统管理员"), ("Roles", BackOfficeRoles.Editor));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("必须至少保留一位可登录的系统管理员", (await Browser.ParseAsync(response)).Text());
        Assert.Equal([BackOfficeRoles.Administrator], await site.RolesOfAsync("admin"));
    }

    [SkippableFact]
    public async Task A_duplicate_user_name_is_refused_and_no_account_is_made()
    {
        var admin = await site.SignInAsync("admin");
        var before = (await admin.GetAsync("/admin/users")).Page.QuerySelectorAll("tr[data-user]").Length;

        var response = await admin.PostFieldsAsync("/admin/users/new", "/admin/users/new",
            ("UserName", "editor"), ("DisplayName", "冒名"), ("Roles", BackOfficeRoles.Administrator));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("该用户名已被使用", (await Browser.ParseAsync(response)).Text());
        Assert.Equal(before, (await admin.GetAsync("/admin/users")).Page.QuerySelectorAll("tr[data-user]").Length);
        Assert.Equal([BackOfficeRoles.Editor], await site.RolesOfAsync("editor"));
    }

    [SkippableTheory]
    [InlineData("Bad Name")]
    [InlineData("张三")]
    [InlineData("x")]
    public async Task An_invalid_user_name_is_refused_with_the_form_kept(string userName)
    {
        var admin = await site.SignInAsync("admin");

        var response = await admin.PostFieldsAsync("/admin/users/new", "/admin/users/new",
            ("UserName", userName), ("DisplayName", "无效"), ("Roles", BackOfficeRoles.Editor));

        var page = await Browser.ParseAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("用户名无效", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(userName, page.QuerySelector("input[name=UserName]")!.GetAttribute("value"));
        Assert.Equal("checked", page.QuerySelector("#role-Editor")!.GetAttribute("checked"));
    }

    [SkippableFact]
    public async Task A_reset_password_replaces_the_old_one()
    {
        var admin = await site.SignInAsync("admin");
        var old = await admin.CreateUserAsync("clerk.reset", BackOfficeRoles.Editor);
        var id = await site.UserIdAsync("clerk.reset");

        var response = await admin.PostFieldsAsync($"/admin/users/{id}", $"/admin/users/{id}/reset-password");
        var fresh = (await Browser.ParseAsync(response)).QuerySelector("#issued-password")!.TextContent;

        Assert.NotEqual(old, fresh);
        await Assert.ThrowsAsync<InvalidOperationException>(() => site.NewBrowser().SignInAsync("clerk.reset", old));
        await site.NewBrowser().SignInAsync("clerk.reset", fresh);
    }

    [SkippableFact]
    public async Task A_locked_account_cannot_sign_in_until_unlocked()
    {
        var admin = await site.SignInAsync("admin");
        var password = await admin.CreateUserAsync("clerk.lock", BackOfficeRoles.Editor);
        var id = await site.UserIdAsync("clerk.lock");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFieldsAsync($"/admin/users/{id}", $"/admin/users/{id}/lock")).StatusCode);
        var refused = await site.NewBrowser().SubmitAsync("/admin/login", "/admin/login",
            new Dictionary<string, string> { ["UserName"] = "clerk.lock", ["Password"] = password });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode); // the same answer as a wrong password: see SignInAnswerBehaviour
        var (_, account) = await admin.GetAsync($"/admin/users/{id}");
        Assert.Contains("已锁定", account.QuerySelector("#lock-state")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFieldsAsync($"/admin/users/{id}", $"/admin/users/{id}/unlock")).StatusCode);
        await site.NewBrowser().SignInAsync("clerk.lock", password);
    }

    [SkippableFact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused_too()
    {
        var admin = await site.SignInAsync("admin");
        var password = await admin.CreateUserAsync("clerk.guess", BackOfficeRoles.Editor);
        var visitor = site.NewBrowser();
        Task<HttpResponseMessage> Attempt(string p) => visitor.SubmitAsync("/admin/login", "/admin/login",
            new Dictionary<string, string> { ["UserName"] = "clerk.guess", ["Password"] = p });

        for (var i = 1; i <= 4; i++) Assert.Equal(HttpStatusCode.BadRequest, (await Attempt("Wrong-password-" + i)).StatusCode);
        var fifth = await Attempt("Wrong-password-5");
        var right = await Attempt(password);

        // Locked says nothing a wrong password does not: same status, same words (SignInAnswerBehaviour compares them all).
        Assert.Equal(HttpStatusCode.BadRequest, fifth.StatusCode);
        Assert.Contains("用户名或密码不正确，或该账户暂时不能登录", (await Browser.ParseAsync(fifth)).Text());
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("用户名或密码不正确，或该账户暂时不能登录", (await Browser.ParseAsync(right)).Text());
        Assert.False(right.Headers.TryGetValues("Set-Cookie", out var cookies)
                     && cookies.Any(c => c.StartsWith("consultation.auth=", StringComparison.Ordinal)));
    }
}
