using System.Net;
using Consultation.Core.Accounts;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Accounts;

/// <summary>Account administration and sign-ins are evidence: audited, and no path lets one person pass two stages.</summary>
public abstract class AccountEvidenceBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task Creating_changing_resetting_and_locking_an_account_are_each_in_the_audit_log_with_who_did_it()
    {
        var admin = await site.SignInAsync("admin");
        await admin.CreateUserAsync("clerk.audit", BackOfficeRoles.Editor);
        var id = await site.UserIdAsync("clerk.audit");
        await admin.PostFieldsAsync($"/admin/users/{id}", $"/admin/users/{id}",
            ("DisplayName", "审计员工"), ("Roles", BackOfficeRoles.Editor), ("Roles", BackOfficeRoles.FirstReviewer));
        await admin.PostFieldsAsync($"/admin/users/{id}", $"/admin/users/{id}/reset-password");
        await admin.PostFieldsAsync("/admin/users", $"/admin/users/{id}/lock");
        await admin.PostFieldsAsync("/admin/users", $"/admin/users/{id}/unlock");

        var rows = await AccountRowsAsync(id);

        Assert.Equal(["unlock", "lock", "password_reset", "account_roles", "account_create"],
            rows.Select(r => r.GetAttribute("data-action")));
        Assert.All(rows, r => Assert.Equal("系统管理员", r.QuerySelector(".actor")!.TextContent));
        Assert.Contains("编辑 → 编辑、初审", rows[3].TextContent);
    }

    [SkippableFact]
    public async Task Sign_ins_that_succeed_and_fail_are_audited_without_the_password()
    {
        var admin = await site.SignInAsync("admin");
        var password = await admin.CreateUserAsync("clerk.login", BackOfficeRoles.Editor);
        var id = await site.UserIdAsync("clerk.login");
        await Assert.ThrowsAsync<InvalidOperationException>(() => site.NewBrowser().SignInAsync("clerk.login", "wrong-Passw0rd"));
        await site.NewBrowser().SignInAsync("clerk.login", password);

        var rows = await AccountRowsAsync(id);

        Assert.Equal(["sign_in", "sign_in_failed"], rows.Take(2).Select(r => r.GetAttribute("data-action")));
        Assert.DoesNotContain(rows, r => r.TextContent.Contains("wrong-Passw0rd") || r.TextContent.Contains(password));
    }

    [SkippableFact]
    public async Task A_reviewer_given_the_next_stage_or_a_new_password_still_cannot_pass_a_second_stage_of_the_same_item()
    {
        var admin = await site.SignInAsync("admin");
        var password = await admin.CreateUserAsync("reviewer.both", BackOfficeRoles.FirstReviewer);
        var id = await site.UserIdAsync("reviewer.both");
        var editor = await site.SignInAsync("editor");
        var created = await editor.PostFieldsAsync("/admin/policies", "/admin/policies",
            ("title", "关于两阶段审核的测试通知"), ("documentNumber", "鲁教办字〔2026〕88号"), ("body", "正文"));
        var page = created.Headers.Location!.OriginalString;
        await editor.PostFieldsAsync(page, $"{page}/interpretations", ("form", "Text"), ("title", "文字解读"), ("body", "解读"));
        await editor.PostFieldsAsync(page, $"{page}/interpretations", ("form", "Graphic"), ("title", "图解"), ("body", "图解"));
        await editor.SubmitAsync(page, ReviewUrl.For(page, "submit"));
        var first = await site.NewBrowser().SignInAsync("reviewer.both", password);
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(page, ReviewUrl.For(page, "approve"))).StatusCode);

        await admin.PostFieldsAsync($"/admin/users/{id}", $"/admin/users/{id}",
            ("DisplayName", "两阶段"), ("Roles", BackOfficeRoles.FirstReviewer), ("Roles", BackOfficeRoles.SecondReviewer));
        var reset = await Browser.ParseAsync(await admin.PostFieldsAsync($"/admin/users/{id}", $"/admin/users/{id}/reset-password"));
        var again = await site.NewBrowser().SignInAsync("reviewer.both", reset.QuerySelector("#issued-password")!.TextContent);
        var refused = await again.PostFieldsAsync(page, ReviewUrl.For(page, "approve"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var (_, after) = await editor.GetAsync(page);
        Assert.Equal("待复审", after.QuerySelector("#policy-state")!.TextContent);
        var (_, dashboard) = await (await site.SignInAsync("reviewer2")).GetAsync("/admin");
        Assert.Contains("reviewer.both", dashboard.QuerySelector("#password-resets")!.TextContent);
    }

    private async Task<List<AngleSharp.Dom.IElement>> AccountRowsAsync(string id)
    {
        var auditor = await site.SignInAsync("auditor");
        var (_, log) = await auditor.GetAsync($"/admin/audit?subjectType=account&subjectKey={id}");
        return log.QuerySelectorAll("#audit-log tbody tr").ToList();
    }
}
