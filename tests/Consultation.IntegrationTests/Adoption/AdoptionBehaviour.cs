using System.Net;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.IntegrationTests.Adoption;

/// <summary>From comments to a published adoption report, over HTTP, on SQLite and PostgreSQL.</summary>
public abstract class AdoptionBehaviour(SiteFixture site)
{
    private async Task<Browser> As(string user) =>
        await new Browser(site.Factory.CreatePlainClient()).SignInAsync(user, site.Factory.Credentials.PasswordOf(user));

    /// <summary>A consultation that ran for 30 days and closed, with three comments; returns its id, slug and receipt codes.</summary>
    private Task<(int Id, string Slug, List<(long Id, string Code)> Comments)> ClosedWithCommentsAsync() =>
        ClosedWithCommentsAsync([("建议延长期限", "tiao-2"), ("期限应当更长", "tiao-2"), ("目的条款很好", "tiao-1")]);

    private async Task<(int Id, string Slug, List<(long Id, string Code)> Comments)> ClosedWithCommentsAsync(
        (string Body, string Clause)[] texts)
    {
        var opens = DateTimeOffset.UtcNow.AddDays(-40);
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, opens, opens.AddDays(30));
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IReceiptHasher>();
        var rules = scope.ServiceProvider.GetRequiredService<IOptions<ConsultationRules>>().Value;
        var consultation = await db.Consultations.SingleAsync(c => c.Slug == slug);
        var made = new List<(Comment Comment, string Code)>();
        foreach (var (body, clause) in texts)
        {
            var code = ReceiptCode.New();
            var draft = new CommentDraft(clause, body, null, null, null, false, Guid.NewGuid().ToString("N"));
            made.Add((consultation.Receive(draft, code, hasher, SensitiveWordList.Empty, opens.AddDays(1), rules), code));
        }
        db.Comments.AddRange(made.Select(m => m.Comment));
        await db.SaveChangesAsync();
        return (consultation.Id, slug, made.Select(m => (m.Comment.Id, m.Code)).ToList());
    }

    private static Task<HttpResponseMessage> Post(Browser who, int id, string path, Dictionary<string, string> fields) =>
        who.PostWithTokenAsync($"/admin/consultations/{id}/groups", $"/admin/consultations/{id}/{path}", fields);

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
        await editor.PostWithTokenAsync($"/admin/consultations/{id}/report", $"/admin/consultations/{id}/report", new Dictionary<string, string>
        {
            ["decidedOn"] = "2026-09-30", ["introduction"] = "说明",
            ["finalText"] = "第一条　目的。\n\n第二条　范围，期限延长至45日。",
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
}
