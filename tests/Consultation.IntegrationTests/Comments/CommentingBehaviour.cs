using System.Net;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using AngleSharp.Dom;

namespace Consultation.IntegrationTests.Comments;

/// <summary>A citizen comments on a draft and checks the receipt; run on SQLite and PostgreSQL.</summary>
public abstract class CommentingBehaviour(SiteFixture site)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private Browser Citizen() => new(site.Factory.CreatePlainClient());

    /// <summary>Fills the comment form on the draft page like a person would and submits it.</summary>
    private static async Task<HttpResponseMessage> CommentAsync(Browser citizen, string slug, Dictionary<string, string> fields)
    {
        fields["captcha"] = await ProofOfWorkSolver.SolveFromAsync(citizen.Client);
        return await citizen.SubmitAsync($"/consultations/{slug}", $"/consultations/{slug}/comments", fields);
    }

    private static async Task<Dictionary<string, string>> SolvedFields(Browser citizen, string body) =>
        new(Fields(body)) { ["captcha"] = await ProofOfWorkSolver.SolveFromAsync(citizen.Client) };

    private static Dictionary<string, string> Fields(string body, string clause = "") =>
        new() { ["Body"] = body, ["ClauseAnchor"] = clause, ["Name"] = "张三", ["Contact"] = "13812341234" };

    [SkippableFact]
    public async Task A_citizen_comments_on_a_clause_and_gets_a_receipt_to_check_later()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var citizen = Citizen();

        var response = await CommentAsync(citizen, slug, Fields("建议第二条写明适用范围。", "tiao-2"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (receiptResponse, receipt) = await citizen.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, receiptResponse.StatusCode);
        var code = receipt.QuerySelector("#receipt-code")!.TextContent;
        Assert.Equal(ReceiptCode.Length, code.Length);
        Assert.Equal("已收到", receipt.QuerySelector("#receipt-status")!.TextContent);
        Assert.Contains(Comment.DigestOf("建议第二条写明适用范围。"), receipt.DocumentElement.TextContent);
        var stored = Assert.Single(await ConsultationArranger.CommentsAsync(site.Factory, slug));
        Assert.Equal(("tiao-2", "第二条"), (stored.ClauseAnchor, stored.ClauseLabel));

        var (later, _) = await Citizen().GetAsync($"/receipt/{code.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [SkippableFact]
    public async Task A_double_submit_or_retry_stores_one_comment_with_one_receipt()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var citizen = Citizen();
        var (_, page) = await citizen.GetAsync($"/consultations/{slug}");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector($"form[action^='/consultations/{slug}/comments']")!;

        // The retry re-sends the very same form, spent anti-automation answer included.
        var fields = await SolvedFields(citizen, "同一条意见");
        var first = await citizen.PostAsync($"/consultations/{slug}/comments", form, fields);
        var retry = await citizen.PostAsync($"/consultations/{slug}/comments", form, fields);

        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Single(await ConsultationArranger.CommentsAsync(site.Factory, slug));
    }

    [SkippableFact]
    public async Task A_comment_after_close_is_refused_with_a_message_and_the_text_is_kept()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddMinutes(30));
        var citizen = Citizen();
        var (_, page) = await citizen.GetAsync($"/consultations/{slug}");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector($"form[action^='/consultations/{slug}/comments']")!;
        await ConsultationArranger.CloseNowAsync(site.Factory, slug);

        var response = await citizen.PostAsync($"/consultations/{slug}/comments", form, await SolvedFields(citizen, "迟到的意见"));
        var refused = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("意见征集已截止", refused.QuerySelector("#comment-errors")!.TextContent);
        Assert.Equal("迟到的意见", refused.QuerySelector("#Body")!.TextContent);
        Assert.Empty(await ConsultationArranger.CommentsAsync(site.Factory, slug));
    }

    [SkippableFact]
    public async Task An_empty_comment_is_refused_and_what_was_typed_elsewhere_is_kept()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));

        var response = await CommentAsync(Citizen(), slug, new() { ["Body"] = "  ", ["Name"] = "李四" });
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写意见内容", page.QuerySelector("#comment-errors")!.TextContent);
        Assert.Equal("李四", page.QuerySelector("#Name")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#Body")!.GetAttribute("aria-invalid"));
    }

    [SkippableFact]
    public async Task A_filled_honeypot_stores_nothing()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var fields = Fields("机器人的意见");
        fields["Website"] = "http://spam.example";

        var response = await CommentAsync(Citizen(), slug, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await ConsultationArranger.CommentsAsync(site.Factory, slug));
    }

    [SkippableFact]
    public async Task Script_in_any_field_is_shown_as_text_and_contact_details_never_appear()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29),
            ModerationMode.PostModeration);
        const string attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        const string nameAttack = "<img src=x onerror=alert(3)>";
        var response = await CommentAsync(Citizen(), slug, new()
        {
            ["Body"] = attack, ["Name"] = nameAttack, ["Organisation"] = attack, ["Contact"] = "13912345678", ["PublishName"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var (_, page) = await Citizen().GetAsync($"/consultations/{slug}");
        var comment = page.QuerySelector(".comment-list .comment")!;

        Assert.Equal(attack, comment.QuerySelector(".comment-body")!.TextContent);
        Assert.Equal(nameAttack, comment.QuerySelector(".comment-author")!.TextContent);
        Assert.Empty(comment.QuerySelectorAll("script, img"));
        Assert.DoesNotContain("13912345678", page.DocumentElement.OuterHtml);
        Assert.DoesNotContain("1391234", page.DocumentElement.OuterHtml);
    }

    [SkippableFact]
    public async Task A_comment_without_a_solved_check_or_with_a_replayed_one_is_refused()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var citizen = Citizen();
        var unsolved = await citizen.SubmitAsync($"/consultations/{slug}", $"/consultations/{slug}/comments", Fields("没有验证"));
        Assert.Equal(HttpStatusCode.BadRequest, unsolved.StatusCode);

        var answer = await ProofOfWorkSolver.SolveFromAsync(citizen.Client);
        var first = await citizen.SubmitAsync($"/consultations/{slug}", $"/consultations/{slug}/comments",
            new Dictionary<string, string>(Fields("第一条意见")) { ["captcha"] = answer });
        var replay = await citizen.SubmitAsync($"/consultations/{slug}", $"/consultations/{slug}/comments",
            new Dictionary<string, string>(Fields("换一张表单重放")) { ["captcha"] = answer });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Single(await ConsultationArranger.CommentsAsync(site.Factory, slug));
    }

    [SkippableFact]
    public async Task An_unknown_receipt_code_gets_a_friendly_404()
    {
        var (response, page) = await Citizen().GetAsync("/receipt/ABCDEFGHJK");
        var (malformed, _) = await Citizen().GetAsync("/receipt/%3Cscript%3E");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("未找到该回执", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
    }

    [SkippableFact]
    public async Task The_draft_page_shows_clauses_with_counts_and_the_demo_consultation_is_listed()
    {
        var (list, listPage) = await Citizen().GetAsync("/consultations?status=Open");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var link = listPage.QuerySelectorAll(".consultation-list a").First(a => a.TextContent.Contains("公众参与工作规定"));

        var (_, page) = await Citizen().GetAsync(link.GetAttribute("href")!);

        Assert.Equal(8, page.QuerySelectorAll("#draft-text section.clause").Length);
        Assert.NotNull(page.QuerySelector("#tiao-3"));
        Assert.Contains("本条意见 1 条", page.QuerySelector("#tiao-3 .clause-actions")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#interpretations section.interpretation").Length);
        Assert.Contains("征集中", page.QuerySelector(".consultation-meta")!.TextContent);
        Assert.NotNull(page.QuerySelector("#countdown"));
        Assert.Contains("网友", page.QuerySelector(".comment-list")!.TextContent);
    }
}
