using System.Net;
using Consultation.Core.Comments;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;

namespace Consultation.IntegrationTests.Comments;

/// <summary>
/// What the server does when it refuses a comment: the page comes back at the form with the reason linked to its
/// field and every typed character kept, in Chinese and in English. And what the receipt shows of what was sent.
/// </summary>
public abstract class CommentRefusalBehaviour(SiteFixture site)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private async Task<HttpResponseMessage> CommentAsync(Browser citizen, string slug, Dictionary<string, string> fields)
    {
        fields["captcha"] = await ProofOfWorkSolver.SolveFromAsync(citizen.Client);
        return await citizen.SubmitAsync($"/consultations/{slug}", $"/consultations/{slug}/comments", fields);
    }

    [SkippableTheory]
    [InlineData("zh-CN", "意见内容共 5004 字，超过上限 5000 字。请删减 4 字后再提交，您输入的内容已保留。")]
    [InlineData("en", "Your comment has 5004 characters, more than the 5000 allowed. Please shorten it by 4 characters; what you typed has been kept.")]
    public async Task An_over_long_comment_is_refused_with_its_length_and_kept_whole(string language, string message)
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var citizen = new Browser(site.Factory.CreatePlainClient());
        await citizen.Client.GetAsync($"/language/{language}?returnUrl=%2F");
        var body = new string('长', Comment.MaxBodyLength + 4);

        var response = await CommentAsync(citizen, slug, new() { ["Body"] = body, ["Name"] = "王五" });
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = page.QuerySelector("#comment-errors [role=alert]")!;
        Assert.Equal(message, summary.QuerySelector("a[href='#Body']")!.TextContent);
        Assert.Equal(body, page.QuerySelector("#Body")!.TextContent);
        Assert.Null(page.QuerySelector("#Body")!.GetAttribute("maxlength"));
        Assert.Equal("true", page.QuerySelector("#Body")!.GetAttribute("aria-invalid"));
        Assert.Contains("counter-over", page.QuerySelector("#body-counter")!.ClassName);
        Assert.Equal("王五", page.QuerySelector("#Name")!.GetAttribute("value"));
        Assert.EndsWith("/comments#comment-form", page.QuerySelector("form.comment-form")!.GetAttribute("action"));
        Assert.Empty(await ConsultationArranger.CommentsAsync(site.Factory, slug));
    }

    [SkippableFact]
    public async Task Line_breaks_count_once_so_a_text_at_the_limit_is_accepted()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var body = string.Join("\r\n", Enumerable.Repeat(new string('段', 99), 50));

        var response = await CommentAsync(new Browser(site.Factory.CreatePlainClient()), slug, new() { ["Body"] = body });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Comment.MaxBodyLength - 1, Assert.Single(await ConsultationArranger.CommentsAsync(site.Factory, slug)).Body.Length);
    }

    [SkippableFact]
    public async Task A_failed_verification_is_linked_to_the_submit_button()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var citizen = new Browser(site.Factory.CreatePlainClient());

        var response = await citizen.SubmitAsync($"/consultations/{slug}", $"/consultations/{slug}/comments",
            new Dictionary<string, string> { ["Body"] = "没有完成安全验证的意见" });
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#comment-errors a[href='#comment-submit']"));
        Assert.NotNull(page.QuerySelector("button#comment-submit"));
        Assert.Equal("没有完成安全验证的意见", page.QuerySelector("#Body")!.TextContent);
    }

    [SkippableFact]
    public async Task The_receipt_shows_the_text_and_clause_as_received_and_no_contact_details()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var citizen = new Browser(site.Factory.CreatePlainClient());
        const string body = "建议第二条增加网上听证。\n电话 13812341234 可联系。";

        var response = await CommentAsync(citizen, slug, new()
        {
            ["Body"] = body, ["ClauseAnchor"] = "tiao-2", ["Name"] = "赵六", ["Organisation"] = "某某中学", ["Contact"] = "zhao@example.cn",
        });
        var (_, receipt) = await citizen.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(body, receipt.QuerySelector("#receipt-body")!.TextContent);
        Assert.Contains("第二条", receipt.QuerySelector(".receipt")!.TextContent);
        var html = receipt.QuerySelector("main")!.OuterHtml;
        Assert.DoesNotContain("赵六", html);
        Assert.DoesNotContain("某某中学", html);
        Assert.DoesNotContain("zhao@example.cn", html);
        Assert.Equal(["/receipt", "/receipt"], receipt.QuerySelectorAll("main a[href='/receipt']").Select(a => a.GetAttribute("href")));
        Assert.NotNull(receipt.QuerySelector("footer a[href='/receipt']"));
    }
}
