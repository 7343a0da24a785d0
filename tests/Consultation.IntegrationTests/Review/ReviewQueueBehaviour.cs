using System.Net;
using Consultation.IntegrationTests.Infrastructure;
using AngleSharp.Dom;

namespace Consultation.IntegrationTests.Review;

/// <summary>
/// The dashboard's 待我审核 and 被退回待修改 list every kind under 三审, not only articles; run on SQLite and PostgreSQL.
/// Titles carry a fresh suffix because the site is shared by the tests of a class.
/// </summary>
public abstract class ReviewQueueBehaviour(SiteFixture site)
{
    private const string ToReview = "queue-heading";
    private const string Returned = "returned-heading";

    [SkippableFact]
    public async Task A_submitted_policy_document_waits_for_the_first_reviewer_only_and_moves_to_the_second_after_approval()
    {
        var title = "关于队列测试的通知 " + Guid.NewGuid().ToString("N")[..8];
        var editor = await site.SignInAsync("editor");
        var page = await SubmittedPolicyAsync(editor, title);
        var reviewer1 = await site.SignInAsync("reviewer1");
        var reviewer2 = await site.SignInAsync("reviewer2");

        var row = await RowAsync(reviewer1, ToReview, title);
        Assert.NotNull(row);
        Assert.Equal("政策文件", row.QuerySelector(".queue-kind")!.TextContent);
        Assert.Equal(page, row.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal("待初审", row.QuerySelector(".queue-stage")!.TextContent);
        Assert.Null(await RowAsync(reviewer2, ToReview, title));
        Assert.Null(await RowAsync(editor, ToReview, title));

        Assert.Equal(HttpStatusCode.Redirect, (await reviewer1.PostFieldsAsync(page, ReviewUrl.For(page, "approve"))).StatusCode);

        Assert.Null(await RowAsync(reviewer1, ToReview, title));
        var second = await RowAsync(reviewer2, ToReview, title);
        Assert.NotNull(second);
        Assert.Equal("待复审", second.QuerySelector(".queue-stage")!.TextContent);
    }

    [SkippableFact]
    public async Task An_evaluation_sent_back_with_a_comment_is_listed_for_its_editor_with_that_comment()
    {
        var title = "队列测试自评估 " + Guid.NewGuid().ToString("N")[..8];
        var comment = "请补充评估数据来源 " + Guid.NewGuid().ToString("N")[..8];
        var editor = await site.SignInAsync("editor");
        var created = await editor.SubmitAsync("/admin/evaluations/new", "/admin/evaluations", new Dictionary<string, string>
        {
            ["Title"] = title, ["PolicyTitle"] = "学前教育三年行动计划", ["Method"] = "SelfAssessment",
            ["PeriodStart"] = "2026-01-01", ["PeriodEnd"] = "2026-03-31", ["Result"] = "总体有效。",
        });
        var page = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFieldsAsync(page, ReviewUrl.For(page, "submit"))).StatusCode);
        var reviewer1 = await site.SignInAsync("reviewer1");
        Assert.NotNull(await RowAsync(reviewer1, ToReview, title));
        Assert.Null(await RowAsync(editor, Returned, title));

        Assert.Equal(HttpStatusCode.Redirect,
            (await reviewer1.PostFieldsAsync(page, ReviewUrl.For(page, "send-back"), ("comment", comment))).StatusCode);

        var row = await RowAsync(editor, Returned, title);
        Assert.NotNull(row);
        Assert.Equal("政策评估", row.QuerySelector(".queue-kind")!.TextContent);
        Assert.Equal(page, row.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Contains(comment, row.QuerySelector(".queue-comment")!.TextContent);
        Assert.Null(await RowAsync(reviewer1, ToReview, title));
        Assert.Null(await RowAsync(reviewer1, Returned, title));
    }

    [SkippableFact]
    public async Task A_meeting_invitation_waits_under_its_own_kind_and_when_sent_back_is_listed_for_its_editor()
    {
        var title = "队列测试厅长办公会 " + Guid.NewGuid().ToString("N")[..8];
        var comment = "请写明报名截止时间 " + Guid.NewGuid().ToString("N")[..8];
        var editor = await site.SignInAsync("editor");
        var page = await new Meetings.MeetingSteps(site).CreateAsync(editor, title);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFieldsAsync(page, ReviewUrl.For(page, "submit", "invitation"))).StatusCode);
        var reviewer1 = await site.SignInAsync("reviewer1");

        var waiting = await RowAsync(reviewer1, ToReview, title);
        Assert.NotNull(waiting);
        Assert.Equal("会议邀请公告", waiting.QuerySelector(".queue-kind")!.TextContent);
        Assert.Equal($"{page}#invitation", waiting.QuerySelector("th a")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.Redirect,
            (await reviewer1.PostFieldsAsync(page, ReviewUrl.For(page, "send-back", "invitation"), ("comment", comment))).StatusCode);

        var returned = await RowAsync(editor, Returned, title);
        Assert.NotNull(returned);
        Assert.Equal("会议邀请公告", returned.QuerySelector(".queue-kind")!.TextContent);
        Assert.Contains(comment, returned.QuerySelector(".queue-comment")!.TextContent);
        Assert.Null(await RowAsync(reviewer1, ToReview, title));
    }

    private static async Task<string> SubmittedPolicyAsync(Browser editor, string title)
    {
        var created = await editor.PostFieldsAsync("/admin/policies", "/admin/policies",
            ("title", title), ("documentNumber", "鲁教办字〔2026〕99号"), ("body", "正文"));
        var page = created.Headers.Location!.OriginalString;
        await editor.PostFieldsAsync(page, $"{page}/interpretations", ("form", "Text"), ("title", "文字解读"), ("body", "解读内容"));
        await editor.PostFieldsAsync(page, $"{page}/interpretations", ("form", "Graphic"), ("title", "图解"), ("body", "图解内容"));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFieldsAsync(page, ReviewUrl.For(page, "submit"))).StatusCode);
        return page;
    }

    /// <summary>The row naming <paramref name="title"/> in the dashboard section under the heading with that id, if any.</summary>
    private static async Task<IElement?> RowAsync(Browser who, string headingId, string title)
    {
        var (response, dashboard) = await who.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var section = dashboard.QuerySelector($"section[aria-labelledby='{headingId}']")
                      ?? throw new InvalidOperationException($"No dashboard section {headingId}.");
        return section.QuerySelectorAll("tbody tr").SingleOrDefault(r => r.QuerySelector("th a")?.TextContent == title);
    }
}
