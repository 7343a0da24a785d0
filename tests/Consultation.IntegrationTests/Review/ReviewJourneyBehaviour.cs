using System.Net;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Review;

/// <summary>三审 over HTTP: nothing is public until three different reviewers pass it, and every move is audited.</summary>
public abstract class ReviewJourneyBehaviour(SiteFixture site)
{
    private async Task<Browser> As(string user) =>
        await new Browser(site.Factory.CreatePlainClient(), site.Factory.Services).SignInAsync(user, site.Factory.Credentials.PasswordOf(user));

    private async Task<int> CreateArticleAsync(Browser editor, string title, string body = "## 第一条\n\n正文内容。")
    {
        var (_, form) = await editor.GetAsync("/admin/articles/new");
        var column = form.QuerySelectorAll("#ColumnId option").First(o => o.TextContent == "通知公告").GetAttribute("value")!;
        var created = await editor.SubmitAsync("/admin/articles/new", "/admin/articles/new", new Dictionary<string, string>
        {
            ["ColumnId"] = column, ["Title"] = title, ["Body"] = body, ["IndexNumber"] = "11370000004502323D/2026-00001",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
    }

    private static Task<HttpResponseMessage> Act(Browser who, int id, string action, string? comment = null) =>
        who.PostWithTokenAsync($"/admin/articles/{id}", ReviewUrl.For($"/admin/articles/{id}", action),
            comment is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["comment"] = comment });

    private async Task<string> StateAsync(int id)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return (await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id)).Workflow.State.ToString();
    }

    [SkippableFact]
    public async Task An_article_goes_public_only_after_three_different_reviewers_and_each_step_is_audited()
    {
        var editor = await As("editor");
        var id = await CreateArticleAsync(editor, "三审测试文章");
        var visitor = new Browser(site.Factory.CreatePlainClient());

        Assert.Equal(HttpStatusCode.Redirect, (await Act(editor, id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Act(await As("reviewer1"), id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Act(await As("reviewer2"), id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync($"/articles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Act(await As("reviewer3"), id, "approve")).StatusCode);

        var (response, page) = await visitor.GetAsync($"/articles/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("三审测试文章", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("第一条", page.QuerySelector(".document-body h2")!.TextContent);

        using var scope = site.Factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.SubjectType == "article" && e.SubjectKey == id.ToString()).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["submit", "approve", "approve", "approve", "publish"], audit.Select(e => e.Action));
        Assert.Equal(["演示编辑", "演示初审", "演示复审", "演示终审", "system"], audit.Select(e => e.ActorName));
        Assert.Equal(nameof(ReviewState.AwaitingFinalReview), audit[3].FromState);
        Assert.All(audit, e => Assert.Equal(64, e.VersionHash.Length));
    }

    [SkippableFact]
    public async Task Skipping_a_stage_or_self_approving_is_refused_with_a_message_and_changes_nothing()
    {
        var editor = await As("editor");
        var id = await CreateArticleAsync(editor, "跳过环节测试");
        await Act(editor, id, "submit");

        var skipped = await Act(await As("reviewer3"), id, "approve");
        var skippedPage = await Browser.ParseAsync(skipped);
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        Assert.Contains("不能跳过审核环节", skippedPage.QuerySelector("[role=alert]")!.TextContent);

        var self = await Act(editor, id, "approve");
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal(nameof(ReviewState.AwaitingFirstReview), await StateAsync(id));
    }

    [SkippableFact]
    public async Task Sending_back_needs_a_comment_and_the_author_then_sees_it()
    {
        var editor = await As("editor");
        var id = await CreateArticleAsync(editor, "退回测试");
        await Act(editor, id, "submit");
        var reviewer = await As("reviewer1");

        var blank = await Act(reviewer, id, "send-back", "  ");
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal(nameof(ReviewState.AwaitingFirstReview), await StateAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await Act(reviewer, id, "send-back", "请补充发文字号")).StatusCode);
        var (_, page) = await editor.GetAsync($"/admin/articles/{id}");
        Assert.Contains("请补充发文字号", page.QuerySelector("#return-comment")!.TextContent);
        var (_, dashboard) = await editor.GetAsync("/admin");
        Assert.Contains(dashboard.QuerySelectorAll("a"), a => a.TextContent == "退回测试");
    }

    [SkippableFact]
    public async Task An_unpublished_draft_can_be_previewed_at_its_private_link_only()
    {
        var editor = await As("editor");
        var id = await CreateArticleAsync(editor, "预览测试");
        var (_, admin) = await editor.GetAsync($"/admin/articles/{id}");
        var previewUrl = admin.QuerySelector("#preview-link")!.GetAttribute("href")!;
        var visitor = new Browser(site.Factory.CreatePlainClient());

        var (preview, page) = await visitor.GetAsync(previewUrl);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("预览测试", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("noindex, nofollow", preview.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync($"/articles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync("/preview/not-a-real-token")).StatusCode);
    }

    [SkippableFact]
    public async Task A_refused_edit_keeps_what_the_editor_typed()
    {
        var editor = await As("editor");
        var longTitle = new string('长', 301);

        var response = await editor.SubmitAsync("/admin/articles/new", "/admin/articles/new", new Dictionary<string, string>
        {
            ["ColumnId"] = "0", ["Title"] = longTitle, ["Body"] = "辛苦写好的正文",
        });
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("辛苦写好的正文", page.QuerySelector("#Body")!.TextContent);
        Assert.NotNull(page.QuerySelector("#form-errors [role=alert]"));
    }

    [SkippableFact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var editor = await As("editor");

        var response = await editor.Client.PostAsync(ReviewUrl.For("/admin/articles/1", "submit"), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task The_back_office_asks_anonymous_visitors_to_sign_in()
    {
        var response = await site.Factory.CreatePlainClient().GetAsync("/admin/articles");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/login", response.Headers.Location!.ToString());
    }
}
