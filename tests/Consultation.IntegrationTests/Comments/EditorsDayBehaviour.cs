using System.Net;
using Consultation.Core.Comments;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.IntegrationTests.Messages;
using Microsoft.EntityFrameworkCore;

namespace Consultation.IntegrationTests.Comments;

/// <summary>
/// The editor's day around comments: the dashboard counts what waits per role, a receipt code read out on the phone
/// finds the comment (or message), actions say what they did and refusing asks first.
/// </summary>
public abstract class EditorsDayBehaviour(SiteFixture site)
{
    private readonly ConsultationSteps _steps = new(site);

    private static string Queue(int id) => $"/admin/consultations/{id}/comments";

    /// <summary>The code as a caller reads it: lower case, in groups with dashes.</summary>
    private static string Spoken(string code) => $"{code[..3]}-{code[3..6]}-{code[6..]}".ToLowerInvariant();

    [SkippableFact]
    public async Task The_dashboard_counts_comments_to_moderate_for_editors_and_links_the_queue()
    {
        var consultation = await _steps.PublishedAsync();
        for (var i = 0; i < 6; i++) await _steps.ReceiveAsync(consultation.Id, $"第{i + 1}条意见：建议增加家长参与。");
        var editor = await _steps.As("editor");

        var (_, dashboard) = await editor.GetAsync("/admin");

        var row = dashboard.QuerySelector($"#comments-waiting tr[data-consultation='{consultation.Id}']");
        Assert.NotNull(row);
        Assert.Equal("6", row.QuerySelector(".received")!.TextContent.Trim());
        Assert.Equal($"{Queue(consultation.Id)}?status=Received", row.QuerySelector(".received a")!.GetAttribute("href"));
        Assert.Matches(@"待审核意见：\d+ 条", dashboard.QuerySelector("#count-comments")!.TextContent);
        Assert.DoesNotContain("0 条", dashboard.QuerySelector("#count-comments")!.TextContent);
    }

    [SkippableFact]
    public async Task A_reviewer_sees_their_review_count_but_no_moderation_panel()
    {
        var reviewer = await _steps.As("reviewer1");

        var (_, dashboard) = await reviewer.GetAsync("/admin");

        Assert.NotNull(dashboard.QuerySelector("#count-to-review"));
        Assert.Null(dashboard.QuerySelector("#comments-waiting"));
        Assert.Equal("#messages-due-heading", dashboard.QuerySelector("#count-messages a")!.GetAttribute("href"));
        Assert.NotNull(dashboard.QuerySelector("#messages-due-heading"));
        Assert.NotNull(dashboard.QuerySelector("form[role=search] #receipt-code"));
    }

    [SkippableFact]
    public async Task A_receipt_code_read_out_with_dashes_in_lower_case_finds_the_comment_in_the_queue()
    {
        var consultation = await _steps.PublishedAsync();
        await _steps.ReceiveAsync(consultation.Id, "另一条意见");
        var code = await _steps.ReceiveWithReceiptAsync(consultation.Id, "请把第二条的适用范围扩大到幼儿园。");
        var editor = await _steps.As("editor");

        foreach (var typed in new[] { Spoken(code), code })
        {
            var (response, page) = await editor.GetAsync($"{Queue(consultation.Id)}?code={Uri.EscapeDataString(typed)}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var rows = page.QuerySelectorAll("#comments tbody tr");
            Assert.Single(rows);
            Assert.Contains("扩大到幼儿园", rows[0].QuerySelector(".comment-body")!.TextContent);
        }
        var (_, none) = await editor.GetAsync($"{Queue(consultation.Id)}?code=ABCDEFGHJK");
        Assert.Contains("没有找到回执码为 ABCDEFGHJK 的意见", none.QuerySelector("#receipt-result")!.TextContent);
    }

    private static async Task<AngleSharp.Dom.IDocument> FollowAsync(Browser who, string url)
    {
        var (found, _) = await who.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        var (opened, page) = await who.GetAsync(found.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        return page;
    }

    [SkippableFact]
    public async Task The_dashboard_lookup_opens_the_comment_or_the_message_with_that_code_and_says_when_there_is_none()
    {
        var consultation = await _steps.PublishedAsync();
        var code = await _steps.ReceiveWithReceiptAsync(consultation.Id, "建议明确适用范围。");
        var editor = await _steps.As("editor");

        var page = await FollowAsync(editor, $"/admin/receipts?code={Uri.EscapeDataString(Spoken(code))}");

        Assert.Contains("建议明确适用范围", page.QuerySelector("#comments .comment-body")!.TextContent);

        var status = await MessageSteps.SentAsync(new Browser(site.Factory.CreatePlainClient()), MessageSteps.Fields("学籍转接咨询"));
        var messageCode = status.TrimEnd('/').Split('/')[^1];
        var messagePage = await FollowAsync(editor, $"/admin/receipts?code={messageCode.ToLowerInvariant()}");
        Assert.Contains("学籍转接咨询", messagePage.QuerySelector("main")!.TextContent);

        var (missing, missingPage) = await editor.GetAsync("/admin/receipts?code=ABCD-EFGH-JK");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("没有找到回执码为 ABCD-EFGH-JK", missingPage.QuerySelector("#receipt-result[role=alert]")!.TextContent);
    }

    [SkippableFact]
    public async Task Refusing_a_comment_asks_for_confirmation_first_and_each_action_says_what_it_did()
    {
        var consultation = await _steps.PublishedAsync();
        var comment = await _steps.ReceiveAsync(consultation.Id, "广告：低价补课。");
        var editor = await _steps.As("editor");
        var refuse = $"{Queue(consultation.Id)}/{comment}/refuse";

        var unconfirmed = await editor.PostWithTokenAsync(Queue(consultation.Id), refuse,
            new Dictionary<string, string> { ["reason"] = "含有广告内容" });

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("我确认", (await Browser.ParseAsync(unconfirmed)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(CommentStatus.Received, await _steps.Read(db => db.Comments.Where(c => c.Id == comment).Select(c => c.Status).SingleAsync()));
        var (_, queue) = await editor.GetAsync(Queue(consultation.Id));
        Assert.NotNull(queue.QuerySelector($"#refuse-confirm-{comment}[required]"));

        var confirmed = await editor.PostWithTokenAsync(Queue(consultation.Id), refuse,
            new Dictionary<string, string> { ["reason"] = "含有广告内容", ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var (_, after) = await editor.GetAsync(confirmed.Headers.Location!.OriginalString);
        Assert.Contains($"已将意见 #{comment} 设为不予公开", after.QuerySelector("#status-message[role=status]")!.TextContent);
        var (_, again) = await editor.GetAsync(Queue(consultation.Id));
        Assert.Null(again.QuerySelector("#status-message"));
    }

    [SkippableFact]
    public async Task A_review_move_says_what_happened_on_the_page_it_returns_to()
    {
        var editor = await _steps.As("editor");
        var id = await ReadyForReviewAsync(editor);

        var submitted = await ConsultationSteps.Review(editor, id, "submit");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var (_, page) = await editor.GetAsync(submitted.Headers.Location!.OriginalString);
        Assert.Contains("已提交审核", page.QuerySelector("#status-message[role=status]")!.TextContent);
    }

    [SkippableFact]
    public async Task An_action_without_its_own_message_still_says_what_it_did()
    {
        var editor = await _steps.As("editor");
        var word = "测试词" + Guid.NewGuid().ToString("N")[..6];

        var added = await editor.PostFieldsAsync("/admin/sensitive-words", "/admin/sensitive-words", ("word", word));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (_, page) = await editor.GetAsync(added.Headers.Location!.OriginalString);
        Assert.Equal("敏感词已添加。", page.QuerySelector("#status-message[role=status]")!.TextContent);
    }

    [SkippableFact]
    public async Task Only_the_final_review_asks_to_confirm_publishing()
    {
        var editor = await _steps.As("editor");
        var id = await ReadyForReviewAsync(editor);
        await ConsultationSteps.Review(editor, id, "submit");
        var page = $"/admin/consultations/{id}";
        var confirm = $"form[action='{ReviewUrl.For(page, "approve")}'] input[type=checkbox][name=confirmed][required]";

        var (_, first) = await (await _steps.As("reviewer1")).GetAsync(page);
        Assert.Null(first.QuerySelector(confirm));
        await ConsultationSteps.Review(await _steps.As("reviewer1"), id, "approve");
        await ConsultationSteps.Review(await _steps.As("reviewer2"), id, "approve");

        var (_, final) = await (await _steps.As("reviewer3")).GetAsync(page);
        var box = final.QuerySelector(confirm)!;
        Assert.Contains("确认对外发布", final.QuerySelector($"label[for='{box.Id}']")!.TextContent);
    }

    /// <summary>A new draft with its one required interpretation, ready to be submitted for 三审.</summary>
    private static async Task<int> ReadyForReviewAsync(Browser editor)
    {
        var id = ConsultationSteps.IdFrom(await ConsultationSteps.CreateAsync(editor, ConsultationSteps.Form(ConsultationSteps.NewSlug(), days: 31)));
        await ConsultationSteps.Act(editor, id, "interpretations",
            new() { ["kind"] = "Text", ["title"] = "文字解读", ["body"] = "解读正文。" });
        return id;
    }
}
