using System.Net;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Adoption;

/// <summary>The editor's grouping workbench over HTTP: runs that say what they did, leftovers, refusals on the page.</summary>
public abstract class WorkbenchBehaviour(SiteFixture site)
{
    private async Task<Browser> EditorAsync() =>
        await new Browser(site.Factory.CreatePlainClient(), site.Factory.Services).SignInAsync("editor", site.Factory.Credentials.PasswordOf("editor"));

    private static Task<HttpResponseMessage> Post(Browser editor, int id, string path, Dictionary<string, string> fields) =>
        editor.PostWithTokenAsync($"/admin/consultations/{id}/groups", $"/admin/consultations/{id}/groups/{path}", fields);

    /// <summary>Follows the redirect of a step and returns the status message the workbench shows.</summary>
    private static async Task<string> StatusAfterAsync(Browser editor, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await editor.GetAsync(response.Headers.Location!.OriginalString);
        var status = page.QuerySelector("#status-message[role=status]");
        Assert.NotNull(status);
        return status.TextContent;
    }

    private async Task<List<(long Id, int? GroupId)>> MembershipAsync(int id)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return (await db.Comments.AsNoTracking().Where(c => c.ConsultationId == id).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.GroupId }).ToListAsync()).Select(c => (c.Id, c.GroupId)).ToList();
    }

    [SkippableFact]
    public async Task A_run_on_a_closed_consultation_groups_the_same_point_in_other_words_and_says_how_many_remain()
    {
        var (id, _, _) = await CommentedConsultation.ClosedAsync(site.Factory, [
            ("校车经常超载，乘车安全没有保障，请加强校车管理", "tiao-2"),
            ("校车超载严重，孩子乘车安全得不到保障", "tiao-2"),
            ("加强校车安全检查，杜绝校车超载超速", "tiao-2"),
            ("第一条的目的写得很清楚", "tiao-1"), ("食堂伙食费偏高", "tiao-2"), ("作业太多，孩子睡眠不足", "tiao-2"),
            ("希望增加体育课", "tiao-2"), ("学校图书馆周末应开放", "tiao-1")]);
        var editor = await EditorAsync();

        var status = await StatusAfterAsync(editor, await Post(editor, id, "auto", new() { ["similarity"] = "25" }));

        Assert.Contains("提出 1 个建议分组，共归入 3 条意见；仍有 5 条意见未归类", status);
        var members = await MembershipAsync(id);
        Assert.Single(members.Take(3).Select(m => m.GroupId).Distinct());
        Assert.NotNull(members[0].GroupId);
        Assert.All(members.Skip(3), m => Assert.Null(m.GroupId));
    }

    [SkippableFact]
    public async Task The_same_words_about_different_clauses_are_not_proposed_together()
    {
        var (id, _, _) = await CommentedConsultation.ClosedAsync(site.Factory, [
            ("校车经常超载，乘车安全没有保障，请加强校车管理", "tiao-2"),
            ("每辆校车都要有照管人员跟车，保证孩子乘车安全", "tiao-1")]);
        var editor = await EditorAsync();

        var status = await StatusAfterAsync(editor, await Post(editor, id, "auto", new() { ["similarity"] = "25" }));

        Assert.Contains("没有找到相近的意见（相似度 25%），没有新建分组；仍有 2 条意见未归类", status);
        Assert.All(await MembershipAsync(id), m => Assert.Null(m.GroupId));
    }

    [SkippableFact]
    public async Task After_a_run_the_similarity_box_keeps_the_value_just_used()
    {
        var (id, _, _) = await CommentedConsultation.ClosedAsync(site.Factory, [("建议延长期限", "tiao-2"), ("范围太窄", "tiao-2")]);
        var editor = await EditorAsync();

        var ran = await Post(editor, id, "auto", new() { ["similarity"] = "40" });

        var (_, page) = await editor.GetAsync(ran.Headers.Location!.OriginalString);
        Assert.Equal("40", page.QuerySelector("#similarity")!.GetAttribute("value"));
        var (_, fresh) = await editor.GetAsync($"/admin/consultations/{id}/groups");
        Assert.Equal("25", fresh.QuerySelector("#similarity")!.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task Each_remaining_comment_becomes_its_own_group_and_the_report_then_has_none_left()
    {
        var (id, _, _) = await CommentedConsultation.ClosedAsync(site.Factory,
            [("建议延长期限", "tiao-2"), ("目的条款很好", "tiao-1"), ("范围太窄", "tiao-2")]);
        var editor = await EditorAsync();

        var status = await StatusAfterAsync(editor, await Post(editor, id, "each", []));

        Assert.Contains("剩余的 3 条意见各自单独成组", status);
        var members = await MembershipAsync(id);
        Assert.Equal(3, members.Select(m => m.GroupId).Distinct().Count(g => g is not null));
        var (_, page) = await editor.GetAsync($"/admin/consultations/{id}/groups");
        Assert.Contains("未归类意见 0 条", page.QuerySelector("#readiness")!.TextContent);
    }

    [SkippableFact]
    public async Task A_group_without_a_name_is_refused_on_the_workbench_with_the_ticked_comments_kept()
    {
        var (id, _, comments) = await CommentedConsultation.ClosedAsync(site.Factory,
            [("建议延长期限", "tiao-2"), ("期限应当更长", "tiao-2"), ("目的条款很好", "tiao-1")]);
        var editor = await EditorAsync();

        var response = await editor.PostWithTokenAsync($"/admin/consultations/{id}/groups",
            $"/admin/consultations/{id}/groups/create", new Dictionary<string, string>
            {
                ["form"] = "unassigned", ["title"] = "  ", ["commentIds"] = comments[1].Id.ToString(),
            });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("名称", page.QuerySelector("#workbench-refusal[role=alert]")!.TextContent);
        Assert.NotNull(page.QuerySelector("#unassigned-heading"));
        Assert.Equal([comments[1].Id.ToString()],
            page.QuerySelectorAll("input[name=commentIds]:checked").Select(c => c.GetAttribute("value")));
        Assert.All(await MembershipAsync(id), m => Assert.Null(m.GroupId));
    }

    [SkippableFact]
    public async Task Not_adopted_without_a_reason_is_refused_on_the_workbench_with_the_choice_kept()
    {
        var (id, _, _) = await CommentedConsultation.ClosedAsync(site.Factory, [("建议延长期限", "tiao-2")]);
        var editor = await EditorAsync();
        await Post(editor, id, "each", []);
        var group = (await MembershipAsync(id))[0].GroupId!.Value;

        var response = await Post(editor, id, $"{group}/decide", new() { ["disposition"] = "NotAdopted", ["reason"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("理由", page.QuerySelector("#workbench-refusal[role=alert]")!.TextContent);
        Assert.Equal("NotAdopted", page.QuerySelector($"#d-{group} option:checked")!.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task A_suggested_group_is_accepted_and_the_run_is_reported_in_English_too()
    {
        var (id, _, _) = await CommentedConsultation.ClosedAsync(site.Factory,
            [("建议把课后服务时间延长到下午六点", "tiao-2"), ("建议把课后服务时间延长到下午六点！", "tiao-2")]);
        var editor = await EditorAsync();
        await editor.GetAsync("/admin?culture=en&ui-culture=en");

        var status = await StatusAfterAsync(editor, await editor.PostWithTokenAsync($"/admin/consultations/{id}/groups",
            $"/admin/consultations/{id}/groups/auto?culture=en&ui-culture=en", new Dictionary<string, string> { ["similarity"] = "25" }));
        Assert.Contains("1 suggested groups holding 2 comments; 0 comments are still in no group", status);
        var group = (await MembershipAsync(id))[0].GroupId!.Value;
        var (_, before) = await editor.GetAsync($"/admin/consultations/{id}/groups?culture=en&ui-culture=en");
        Assert.Contains("Suggestion", before.QuerySelector($"#g-{group}-h")!.TextContent);

        var accepted = await StatusAfterAsync(editor, await Post(editor, id, $"{group}/accept", []));

        Assert.Contains("已采用", accepted);
        var (_, after) = await editor.GetAsync($"/admin/consultations/{id}/groups");
        Assert.DoesNotContain("建议分组", after.QuerySelector($"#g-{group}-h")!.TextContent);
    }
}
