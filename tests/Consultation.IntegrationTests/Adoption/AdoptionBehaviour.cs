using System.Net;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Adoption;

/// <summary>From comments to a published adoption report, over HTTP, on SQLite and PostgreSQL.</summary>
public abstract class AdoptionBehaviour(SiteFixture site)
{
    private async Task<Browser> As(string user) =>
        await new Browser(site.Factory.CreatePlainClient(), site.Factory.Services).SignInAsync(user, site.Factory.Credentials.PasswordOf(user));

    /// <summary>A consultation that ran for 30 days and closed, with three comments; returns its id, slug and receipt codes.</summary>
    /// <summary>Opened 20 August 2026 and closed 19 September, before the decision of 30 September.</summary>
    private Task<(int Id, string Slug, List<(long Id, string Code)> Comments)> ClosedWithCommentsAsync() =>
        ClosedWithCommentsAsync([("建议延长期限", "tiao-2"), ("期限应当更长", "tiao-2"), ("目的条款很好", "tiao-1")],
            new DateTimeOffset(2026, 8, 20, 1, 0, 0, TimeSpan.Zero));

    private Task<(int Id, string Slug, List<(long Id, string Code)> Comments)> ClosedWithCommentsAsync(
        (string Body, string Clause)[] texts, DateTimeOffset? opened = null) =>
        CommentedConsultation.ClosedAsync(site.Factory, texts, opened);

    private static Task<HttpResponseMessage> Post(Browser who, int id, string path, Dictionary<string, string> fields) =>
        who.PostWithTokenAsync($"/admin/consultations/{id}/groups", $"/admin/consultations/{id}/{path}", fields);

    private async Task<int> DecisionIdAsync(int consultationId)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return await db.Consultations.Where(c => c.Id == consultationId).Select(c => c.DecisionId).SingleAsync();
    }

    private async Task<int> GroupIdAsync(int consultationId, string title)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return await db.OpinionGroups.Where(g => g.ConsultationId == consultationId && g.Title == title).Select(g => g.Id).SingleAsync();
    }

    [SkippableFact]
    public async Task Comments_become_opinions_with_dispositions_and_a_published_report_answers_every_receipt()
    {
        var (id, slug, comments) = await ClosedWithCommentsAsync();
        var editor = await As("editor");
        var pageUrl = $"/admin/consultations/{id}/groups";

        await editor.PostWithTokenAsync(pageUrl, $"/admin/consultations/{id}/groups/create", new Dictionary<string, string>
        {
            ["commentIds"] = comments[0].Id.ToString(), ["title"] = "延长征求意见期限",
        });
        var group = await GroupIdAsync(id, "延长征求意见期限");
        Assert.Equal(HttpStatusCode.Redirect, (await Post(editor, id, "groups/move",
            new() { ["commentIds"] = comments[1].Id.ToString(), ["groupId"] = group.ToString() })).StatusCode);

        // Due date: decided 2026-09-30; 10 working days skip National Day (10/1–7) and count make-up Saturday 10/10.
        var decision = $"/admin/decisions/{await DecisionIdAsync(id)}";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostWithTokenAsync(decision, $"{decision}/record",
            new Dictionary<string, string> { ["decidedOn"] = "2026-09-30", ["documentNumber"] = "鲁教办字〔2026〕30号" })).StatusCode);
        await editor.PostWithTokenAsync($"/admin/consultations/{id}/report", $"/admin/consultations/{id}/report", new Dictionary<string, string>
        {
            ["introduction"] = "说明", ["finalText"] = "第一条　目的。\n\n第二条　范围，期限延长至45日。",
        });
        var (_, reportPage) = await editor.GetAsync($"/admin/consultations/{id}/report");
        Assert.StartsWith("2026-10-20", reportPage.QuerySelector("#due-on")!.TextContent);

        var unassigned = await editor.PostWithTokenAsync($"/admin/consultations/{id}/report",
            ReviewUrl.For($"/admin/consultations/{id}/report", "submit"), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, unassigned.StatusCode);
        Assert.Contains("1 条意见未归入", (await Browser.ParseAsync(unassigned)).QuerySelector("[role=alert]")!.TextContent);

        await Post(editor, id, "groups/create", new() { ["commentIds"] = comments[2].Id.ToString(), ["title"] = "肯定目的条款" });
        var noReason = await Post(editor, id, $"groups/{group}/decide", new() { ["disposition"] = "PartlyAdopted", ["reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        await Post(editor, id, $"groups/{group}/decide",
            new() { ["disposition"] = "PartlyAdopted", ["reason"] = "延长至45日，未采纳60日的建议", ["finalClause"] = "tiao-2" });
        var other = await GroupIdAsync(id, "肯定目的条款");
        await Post(editor, id, $"groups/{other}/decide", new() { ["disposition"] = "Adopted" });

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostWithTokenAsync($"/admin/consultations/{id}/report",
            ReviewUrl.For($"/admin/consultations/{id}/report", "submit"), new Dictionary<string, string>())).StatusCode);
        foreach (var reviewer in new[] { "reviewer1", "reviewer2", "reviewer3" })
        {
            var who = await As(reviewer);
            Assert.Equal(HttpStatusCode.Redirect, (await who.PostWithTokenAsync($"/admin/consultations/{id}/report",
                ReviewUrl.For($"/admin/consultations/{id}/report", "approve"), new Dictionary<string, string>())).StatusCode);
        }

        var citizen = new Browser(site.Factory.CreatePlainClient());
        var (published, report) = await citizen.GetAsync($"/consultations/{slug}/report");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains("延长至45日，未采纳60日的建议", report.QuerySelector($"#group-{group}")!.TextContent);
        Assert.Contains("共 3 条", report.QuerySelector("#report-total")!.TextContent);
        Assert.NotNull(report.QuerySelector("svg.chart title"));
        var (_, receipt) = await citizen.GetAsync($"/receipt/{comments[0].Code}");
        Assert.Equal("部分采纳", receipt.QuerySelector("#receipt-disposition")!.TextContent);
        Assert.Equal("已答复", receipt.QuerySelector("#receipt-status")!.TextContent);
        var (_, redline) = await citizen.GetAsync($"/consultations/{slug}/redline");
        Assert.Contains("期限延长至45日", redline.QuerySelector("#tiao-2 ins")!.TextContent);
        Assert.NotNull(redline.QuerySelector("#tiao-2 .redline-causes a"));
        var (_, draft) = await citizen.GetAsync($"/consultations/{slug}");
        Assert.Contains("已反馈", draft.QuerySelector(".consultation-meta")!.TextContent);
        Assert.Equal($"/consultations/{slug}/report", draft.QuerySelector("#report-link a")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task Automatic_grouping_puts_reworded_comments_together_and_leaves_other_topics_unassigned()
    {
        var (id, _, comments) = await ClosedWithCommentsAsync([
            ("建议延长课后服务时间到下午六点", "tiao-2"), ("希望把课后服务时间延长到傍晚六点", "tiao-2"),
            ("校车安全需要加强管理", "tiao-1")]);
        var editor = await As("editor");

        var response = await Post(editor, id, "groups/auto", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var stored = await db.Comments.AsNoTracking().Where(c => c.ConsultationId == id).OrderBy(c => c.Id).ToListAsync();
        Assert.NotNull(stored[0].GroupId);
        Assert.Equal(stored[0].GroupId, stored[1].GroupId);
        Assert.Null(stored[2].GroupId);
        var group = await db.OpinionGroups.AsNoTracking().SingleAsync(g => g.Id == stored[0].GroupId);
        Assert.True(group.CreatedAutomatically);
        Assert.Equal(["tiao-2"], group.Clauses);
    }

    [SkippableFact]
    public async Task Automatic_group_titles_come_from_published_text_only()
    {
        (string, string)[] texts =
            [("建议把课后服务时间延长到下午六点，电话13812345678", "tiao-2"), ("建议把课后服务时间延长到下午六点", "tiao-2")];
        var (unmoderated, _, _) = await ClosedWithCommentsAsync(texts);
        var (moderated, _, comments) = await ClosedWithCommentsAsync(texts);
        var editor = await As("editor");
        var queue = $"/admin/consultations/{moderated}/comments";
        await editor.PostWithTokenAsync(queue, $"{queue}/{comments[0].Id}/publish", new Dictionary<string, string>());

        await Post(editor, unmoderated, "groups/auto", new Dictionary<string, string>());
        await Post(editor, moderated, "groups/auto", new Dictionary<string, string>());

        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        string TitleOf(int id) => db.OpinionGroups.AsNoTracking().Single(g => g.ConsultationId == id).Title;
        Assert.Equal("集中意见（2条）", TitleOf(unmoderated));
        Assert.Equal("建议把课后服务时间延长到下午六点，电话138******78", TitleOf(moderated));
    }

    [SkippableFact]
    public async Task The_published_report_is_a_snapshot_the_workbench_cannot_change_and_a_correction_is_a_new_reviewed_version()
    {
        var (id, slug, comments) = await ClosedWithCommentsAsync();
        var editor = await As("editor");
        var decision = $"/admin/decisions/{await DecisionIdAsync(id)}";
        await editor.PostWithTokenAsync(decision, $"{decision}/record", new Dictionary<string, string> { ["decidedOn"] = "2026-09-30" });
        await Post(editor, id, "groups/create", new() { ["commentIds"] = comments[0].Id.ToString(), ["title"] = "延长期限" });
        var group = await GroupIdAsync(id, "延长期限");
        foreach (var comment in comments.Skip(1))
            await Post(editor, id, "groups/move", new() { ["commentIds"] = comment.Id.ToString(), ["groupId"] = group.ToString() });
        await Post(editor, id, $"groups/{group}/decide", new() { ["disposition"] = "Adopted" });
        await editor.PostWithTokenAsync($"/admin/consultations/{id}/report", $"/admin/consultations/{id}/report",
            new Dictionary<string, string> { ["introduction"] = "第一版说明", ["finalText"] = "" });
        await PassReportReviewAsync(editor, id);

        var frozen = await Post(editor, id, $"groups/{group}/decide", new() { ["disposition"] = "NotAdopted", ["reason"] = "改主意了" });
        Assert.Equal(HttpStatusCode.BadRequest, frozen.StatusCode);
        Assert.Contains("集中意见已冻结", (await Browser.ParseAsync(frozen)).Text());
        var citizen = new Browser(site.Factory.CreatePlainClient());
        Assert.Equal("采纳", (await citizen.GetAsync($"/receipt/{comments[0].Code}")).Page.QuerySelector("#receipt-disposition")!.TextContent);

        await editor.PostWithTokenAsync($"/admin/consultations/{id}/report", $"/admin/consultations/{id}/report/correction",
            new Dictionary<string, string> { ["note"] = "经复核，该意见应为部分采纳，予以更正。" });
        await Post(editor, id, $"groups/{group}/decide", new() { ["disposition"] = "PartlyAdopted", ["reason"] = "期限延长至45日" });
        var (_, stillFirst) = await citizen.GetAsync($"/consultations/{slug}/report");
        Assert.Contains("采纳", stillFirst.QuerySelector($"#group-{group}")!.TextContent);
        Assert.DoesNotContain("期限延长至45日", stillFirst.QuerySelector($"#group-{group}")!.TextContent);
        await PassReportReviewAsync(editor, id);

        var (_, second) = await citizen.GetAsync($"/consultations/{slug}/report");
        Assert.Contains("经复核，该意见应为部分采纳，予以更正。", second.QuerySelector("#correction")!.TextContent);
        Assert.Contains("期限延长至45日", second.QuerySelector($"#group-{group}")!.TextContent);
        var (firstResponse, first) = await citizen.GetAsync($"/consultations/{slug}/report?version=1");
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.NotNull(first.QuerySelector("#superseded"));
        Assert.DoesNotContain("期限延长至45日", first.QuerySelector($"#group-{group}")!.TextContent);
        Assert.Equal("部分采纳", (await citizen.GetAsync($"/receipt/{comments[0].Code}")).Page.QuerySelector("#receipt-disposition")!.TextContent);
    }

    private async Task PassReportReviewAsync(Browser editor, int id)
    {
        var page = $"/admin/consultations/{id}/report";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostWithTokenAsync(page, ReviewUrl.For(page, "submit"),
            new Dictionary<string, string>())).StatusCode);
        foreach (var reviewer in new[] { "reviewer1", "reviewer2", "reviewer3" })
            Assert.Equal(HttpStatusCode.Redirect, (await (await As(reviewer)).PostWithTokenAsync(page, ReviewUrl.For(page, "approve"),
                new Dictionary<string, string>())).StatusCode);
    }
}
