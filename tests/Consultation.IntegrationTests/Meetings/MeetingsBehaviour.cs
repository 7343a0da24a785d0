using System.Net;
using System.Text.RegularExpressions;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Meetings;

/// <summary>Meetings with public attendance, from the back-office forms to the public page; SQLite and PostgreSQL.</summary>
public abstract class MeetingsBehaviour(SiteFixture site)
{
    private const string ExpertPhone = "13912345678";
    private const string CitizenEmail = "citizen.rep@example.org";
    private const string MediaPhone = "0531-88886666";
    private const string CitizenName = "孙晓燕";

    /// <summary>A meeting whose call and record both passed 三审: an expert and an anonymised citizen came, the press did not.</summary>
    private static async Task<string> PublishedMeetingAsync(MeetingSteps steps, string title)
    {
        var editor = await steps.SignInAsync("editor");
        var page = await steps.CreateAsync(editor, title);
        await steps.AddInviteeAsync(editor, page, "Expert", "周教授", null, "山东大学教育学院", ExpertPhone);
        await steps.AddInviteeAsync(editor, page, "CitizenRepresentative", CitizenName, "群众代表乙", "青岛市家长", CitizenEmail);
        await steps.AddInviteeAsync(editor, page, "Media", "齐鲁晚报记者", null, "齐鲁晚报", "办公电话 " + MediaPhone);
        await steps.PassReviewAsync(editor, page, "invitation");
        steps.MeetingHasTakenPlace();
        editor = await steps.SignInAsync("editor"); // days have passed: the sign-in cookie has expired
        await steps.MarkAsync(editor, page, "周教授", "Attended");
        await steps.MarkAsync(editor, page, CitizenName, "Attended");
        await steps.MarkAsync(editor, page, "齐鲁晚报记者", "Absent");
        await steps.OpinionAsync(editor, page, CitizenName, "建议解读材料配上方言音频。", "Adopted", "已在第三条增加方言音频。");
        await steps.OpinionAsync(editor, page, "周教授", "建议每年评估解读效果。", "Referred", "已转政策法规处纳入年度评估。");
        await steps.PassReviewAsync(editor, page, "record");
        return page.Replace("/admin", "", StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_public_record_lists_invitees_grouped_by_kind_with_attendance_and_each_opinion_with_its_handling()
    {
        var steps = new MeetingSteps(site);
        var url = await PublishedMeetingAsync(steps, "审议政策解读办法（分组）");

        var (response, page) = await steps.NewBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var groups = page.QuerySelectorAll("table.invitee-group");
        Assert.Equal(["CitizenRepresentative", "Expert", "Media"], groups.Select(g => g.GetAttribute("data-kind")));
        Assert.StartsWith("群众代表", groups[0].QuerySelector("caption")!.TextContent);
        Assert.Equal("群众代表乙", groups[0].QuerySelector("tbody th")!.TextContent);
        Assert.Equal("缺席", groups[2].QuerySelector("tbody td .badge")!.TextContent);
        var opinions = page.QuerySelectorAll("#opinions .opinion-group");
        Assert.Equal(2, opinions.Length);
        Assert.Contains("方言音频", opinions[0].TextContent);
        Assert.Equal("采纳", opinions[0].QuerySelector(".handling .badge")!.TextContent);
        Assert.Contains("已转政策法规处", opinions[1].QuerySelector(".handling")!.TextContent);
        var decision = opinions[0].QuerySelector("a[href^='/decisions/']")!.GetAttribute("href")!;
        var (shown, decisionPage) = await steps.NewBrowser().GetAsync(decision);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains(decisionPage.QuerySelectorAll("#meetings a"), a => a.GetAttribute("href") == url);
        Assert.NotNull(page.QuerySelector("#invitation"));
    }

    [SkippableFact]
    public async Task The_meeting_page_never_shows_contact_details_nor_the_real_name_behind_a_label()
    {
        var steps = new MeetingSteps(site);
        var url = await PublishedMeetingAsync(steps, "审议政策解读办法（隐私）");

        var html = await steps.NewBrowser().Client.GetStringAsync(url);
        var list = await steps.NewBrowser().Client.GetStringAsync("/meetings");

        foreach (var secret in new[] { ExpertPhone, CitizenEmail, MediaPhone, CitizenName, "联系方式" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        }
        Assert.DoesNotMatch(new Regex(@"1\d{10}|[\w.]+@[\w-]+\.\w+"), html);
    }

    [SkippableFact]
    public async Task An_unpublished_meeting_is_not_found_publicly_and_not_listed()
    {
        var steps = new MeetingSteps(site);
        var editor = await steps.SignInAsync("editor");
        var page = await steps.CreateAsync(editor, "尚未公开的会议");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(page, ReviewUrl.For(page, "submit", "invitation"))).StatusCode);

        var url = page.Replace("/admin", "", StringComparison.Ordinal);
        var (response, _) = await steps.NewBrowser().GetAsync(url);
        var (_, list) = await steps.NewBrowser().GetAsync("/meetings");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("尚未公开的会议", list.Text(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_record_cannot_go_to_review_before_the_meeting_and_the_editor_is_told_why()
    {
        var steps = new MeetingSteps(site);
        var editor = await steps.SignInAsync("editor");
        var page = await steps.CreateAsync(editor, "提前送审的会议");
        await steps.AddInviteeAsync(editor, page, "Expert", "吴研究员", null, "省教科院", "");

        var refused = await editor.SubmitAsync(page, ReviewUrl.For(page, "submit", "record"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("会议尚未召开，会议记录不能送审或发布", (await Browser.ParseAsync(refused)).Text());
        var (_, after) = await editor.GetAsync(page);
        Assert.Equal("草稿", after.QuerySelector("#record-state")!.TextContent);
    }

    [SkippableFact]
    public async Task An_attendance_value_that_does_not_exist_is_refused_with_a_message_not_stored_as_a_default()
    {
        var steps = new MeetingSteps(site);
        var editor = await steps.SignInAsync("editor");
        var page = await steps.CreateAsync(editor, "出席值无效的会议");
        await steps.AddInviteeAsync(editor, page, "Media", "钱记者", null, "山东电视台", "");

        var (_, admin) = await editor.GetAsync(page);
        var action = admin.QuerySelector("#invitees tbody tr form")!.GetAttribute("action")!;
        var refused = await editor.PostFieldsAsync(page, action, ("attendance", "Present"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("提交的内容无效", (await Browser.ParseAsync(refused)).Text());
    }

    [SkippableFact]
    public async Task The_catalog_attendance_slot_links_the_meeting_only_once_its_record_is_published()
    {
        var steps = new MeetingSteps(site);
        var editor = await steps.SignInAsync("editor");
        var page = await steps.CreateAsync(editor, "目录链接的会议");
        var id = page.Split('/').Last();
        var (_, form) = await editor.GetAsync("/admin/catalog/new?year=2030");
        Assert.Contains(form.QuerySelectorAll("select[name=Attendance] option"), o => o.GetAttribute("value") == $"meeting:{id}");
        var decision = form.QuerySelectorAll("select[name=DecisionId] option")
            .First(o => o.TextContent.Contains("政策解读", StringComparison.Ordinal)).GetAttribute("value")!;
        var created = await editor.SubmitAsync("/admin/catalog/new?year=2030", "/admin/catalog", new Dictionary<string, string>
        {
            ["DecisionId"] = decision, ["Office"] = "办公室", ["Status"] = "Decided", ["MeetingHeld"] = "true",
            ["Attendance"] = $"meeting:{id}",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await steps.PassReviewAsync(editor, created.Headers.Location!.OriginalString, null);
        await steps.AddInviteeAsync(editor, page, "Expert", "郑教授", null, "济南大学", "zheng@example.edu.cn");
        await steps.PassReviewAsync(editor, page, "invitation");

        Assert.Null(await AttendanceLinkAsync(steps));

        steps.MeetingHasTakenPlace();
        editor = await steps.SignInAsync("editor"); // days have passed: the sign-in cookie has expired
        await steps.MarkAsync(editor, page, "郑教授", "Attended");
        await steps.PassReviewAsync(editor, page, "record");

        Assert.Equal($"/meetings/{id}", await AttendanceLinkAsync(steps));
    }

    private static async Task<string?> AttendanceLinkAsync(MeetingSteps steps)
    {
        var (_, catalog) = await steps.NewBrowser().GetAsync("/catalog/2030");
        var slot = catalog.QuerySelector("#catalog tbody tr li[data-slot=Attendance]")!;
        return slot.QuerySelector("a")?.GetAttribute("href");
    }
}
