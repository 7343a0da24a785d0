using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Consultation.Core.Accounts;
using Consultation.Core.Catalog;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.IntegrationTests.Catalog;

/// <summary>
/// Ticking 列入目录 makes the catalog line, and the line's status and links follow the decision's published facts —
/// consultation, adoption report, result document — with nobody editing the catalog by hand.
/// </summary>
public abstract class CatalogFollowsDecisionBehaviour(SiteFixture site)
{
    private static readonly string[] Reviewers = ["reviewer1", "reviewer2", "reviewer3"];

    [SkippableFact]
    public async Task Ticking_the_catalog_box_creates_a_line_in_review_that_is_public_once_approved()
    {
        var editor = await site.SignInAsync("editor");
        var fields = ConsultationSteps.Form(ConsultationSteps.NewSlug(), 30);
        fields["DecisionTitle"] = "目录联动测试决策";
        fields["DecisionYear"] = "2031";
        fields["DecisionInCatalog"] = "true";

        var created = await ConsultationSteps.CreateAsync(editor, fields);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var entryId = await Read(db => db.CatalogEntries.Where(e => e.Year == 2031).Select(e => e.Id).SingleAsync());
        var (_, entryPage) = await editor.GetAsync($"/admin/catalog/{entryId}");
        Assert.Contains("待初审", entryPage.QuerySelector(".review-box")!.TextContent);
        Assert.Empty((await site.NewBrowser().GetAsync("/catalog/2031")).Page.QuerySelectorAll("#catalog tbody tr"));

        await ApproveAsync($"/admin/catalog/{entryId}");

        // Approved, but the draft is not public yet: the line says 计划 and links the draft nowhere.
        var row = await PublicRowAsync(2031, entryId);
        Assert.Equal("计划", Status(row));
        Assert.Contains("目录联动测试决策", row.TextContent);
        Assert.Contains("政策法规处", row.QuerySelector(".office")!.TextContent);
    }

    [SkippableFact]
    public async Task The_line_shows_feedback_with_the_report_link_once_the_report_is_published_then_decided_with_the_result()
    {
        var (consultationId, slug, commentId) = await ClosedWithOneCommentAsync();
        var decisionId = await Read(db => db.Consultations.Where(c => c.Id == consultationId).Select(c => c.DecisionId).SingleAsync());
        var entryId = await ListedAsync(decisionId, consultationId);
        var editor = await site.SignInAsync("editor");
        await ApproveAsync($"/admin/catalog/{entryId}");
        Assert.Equal("征求意见", Status(await PublicRowAsync(2026, entryId)));

        var decision = $"/admin/decisions/{decisionId}";
        await editor.PostWithTokenAsync(decision, $"{decision}/record", new Dictionary<string, string>
        {
            ["decidedOn"] = "2026-09-30", ["documentNumber"] = "鲁教办字〔2026〕31号",
        });
        var groups = $"/admin/consultations/{consultationId}/groups";
        await editor.PostWithTokenAsync(groups, $"{groups}/create", new Dictionary<string, string>
        {
            ["commentIds"] = commentId.ToString(CultureInfo.InvariantCulture), ["title"] = "延长期限",
        });
        var group = await Read(db => db.OpinionGroups.Where(g => g.ConsultationId == consultationId).Select(g => g.Id).SingleAsync());
        await editor.PostWithTokenAsync(groups, $"{groups}/{group}/decide", new Dictionary<string, string> { ["disposition"] = "Adopted" });
        var report = $"/admin/consultations/{consultationId}/report";
        await editor.PostWithTokenAsync(report, report, new Dictionary<string, string>
        {
            ["introduction"] = "说明", ["finalText"] = "第一条　目的。\n\n第二条　范围，期限延长。",
        });
        Assert.Equal("征求意见", Status(await PublicRowAsync(2026, entryId)));
        var (_, preview) = await (await site.SignInAsync("reviewer1")).GetAsync(report);
        Assert.Contains("期限延长", string.Concat(preview.QuerySelectorAll("#preview-redline ins").Select(i => i.TextContent)));
        Assert.Contains("延长期限", preview.QuerySelector($"#preview-group-{group}")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect,
            (await editor.PostWithTokenAsync(report, ReviewUrl.For(report, "submit"), new Dictionary<string, string>())).StatusCode);
        await ApproveAsync(report);

        var reported = await PublicRowAsync(2026, entryId);
        Assert.Equal("已反馈", Status(reported));
        Assert.Equal($"/consultations/{slug}/report", reported.QuerySelector("li[data-slot=Feedback] a")!.GetAttribute("href"));
        Assert.Null(reported.QuerySelector("li[data-slot=Result] a"));

        var (_, decisionPage) = await editor.GetAsync(decision);
        var article = decisionPage.QuerySelectorAll("#resultArticleId option").Select(o => o.GetAttribute("value"))
            .First(v => !string.IsNullOrEmpty(v))!;
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostWithTokenAsync(decision, $"{decision}/result",
            new Dictionary<string, string> { ["resultArticleId"] = article })).StatusCode);

        var decided = await PublicRowAsync(2026, entryId);
        Assert.Equal("已决策", Status(decided));
        Assert.Contains("2026-09-30", decided.QuerySelector(".status")!.TextContent);
        Assert.Contains("鲁教办字〔2026〕31号", decided.QuerySelector(".status")!.TextContent);
        Assert.Equal($"/articles/{article}", decided.QuerySelector("li[data-slot=Result] a")!.GetAttribute("href"));
        var (_, admin) = await editor.GetAsync("/admin/catalog?year=2026");
        Assert.Contains("已决策", admin.QuerySelector($"tr[data-entry='{entryId}']")!.TextContent);
    }

    private static string Status(IElement row) => row.QuerySelector(".status")!.ChildNodes[0].TextContent.Trim();

    private async Task<IElement> PublicRowAsync(int year, int entryId) =>
        (await site.NewBrowser().GetAsync($"/catalog/{year}")).Page.QuerySelector($"#entry-{entryId}")
        ?? throw new InvalidOperationException($"Line {entryId} is not on the public catalog of {year}.");

    private async Task ApproveAsync(string page)
    {
        foreach (var reviewer in Reviewers)
            Assert.Equal(HttpStatusCode.Redirect, (await (await site.SignInAsync(reviewer))
                .PostWithTokenAsync(page, ReviewUrl.For(page, "approve"), new Dictionary<string, string>())).StatusCode);
    }

    /// <summary>The line ticking the box makes, written straight through the domain (already submitted for review).</summary>
    private async Task<int> ListedAsync(int decisionId, int consultationId)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var editor = new Actor("t-editor", "测试编辑", new HashSet<string> { BackOfficeRoles.Editor });
        var entry = CatalogEntry.ForDecision(2026, decisionId, "办公室", consultationId, editor, DateTimeOffset.UtcNow);
        db.CatalogEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }

    /// <summary>Opened 20 August 2026 and closed 19 September, before the decision of 30 September; one comment.</summary>
    private async Task<(int Id, string Slug, long CommentId)> ClosedWithOneCommentAsync()
    {
        var opens = new DateTimeOffset(2026, 8, 20, 1, 0, 0, TimeSpan.Zero);
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, opens, opens.AddDays(30));
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var consultation = await db.Consultations.SingleAsync(c => c.Slug == slug);
        var draft = new CommentDraft("tiao-2", "建议延长期限", null, null, null, false, Guid.NewGuid().ToString("N"));
        var comment = consultation.Receive(draft, ReceiptCode.New(), scope.ServiceProvider.GetRequiredService<IReceiptHasher>(),
            SensitiveWordList.Empty, opens.AddDays(1), scope.ServiceProvider.GetRequiredService<IOptions<ConsultationRules>>().Value);
        db.Comments.Add(comment);
        await db.SaveChangesAsync();
        return (consultation.Id, slug, comment.Id);
    }

    private async Task<T> Read<T>(Func<ConsultationDbContext, Task<T>> query)
    {
        using var scope = site.Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ConsultationDbContext>());
    }
}
