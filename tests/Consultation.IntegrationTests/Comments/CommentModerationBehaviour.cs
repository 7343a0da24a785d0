using System.Net;
using Consultation.Core.Comments;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Consultation.IntegrationTests.Comments;

/// <summary>Editors moderate comments and record offline ones; contacts stay masked; others may only read.</summary>
public abstract class CommentModerationBehaviour(SiteFixture site)
{
    private readonly ConsultationSteps _steps = new(site);

    private static string Queue(int id) => $"/admin/consultations/{id}/comments";

    private static Task<HttpResponseMessage> Moderate(Browser who, int id, long comment, string action, string? reason = null) =>
        who.PostWithTokenAsync(Queue(id), $"{Queue(id)}/{comment}/{action}",
            reason is null ? [] : new Dictionary<string, string> { ["reason"] = reason, ["confirm"] = "true" });

    private Task<CommentStatus> StatusOf(long comment) =>
        _steps.Read(db => db.Comments.Where(c => c.Id == comment).Select(c => c.Status).SingleAsync());

    [SkippableFact]
    public async Task Editors_publish_hold_and_refuse_and_refusing_needs_a_reason()
    {
        var consultation = await _steps.PublishedAsync();
        var comment = await _steps.ReceiveAsync(consultation.Id, "建议增加家长参与条款。");
        var editor = await _steps.As("editor");

        Assert.Equal(HttpStatusCode.Redirect, (await Moderate(editor, consultation.Id, comment, "publish")).StatusCode);
        Assert.Equal(CommentStatus.Published, await StatusOf(comment));
        Assert.Equal(HttpStatusCode.Redirect, (await Moderate(editor, consultation.Id, comment, "hold")).StatusCode);
        Assert.Equal(CommentStatus.Held, await StatusOf(comment));

        var blank = await Moderate(editor, consultation.Id, comment, "refuse", "  ");
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("不予公开时必须填写原因", (await Browser.ParseAsync(blank)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(CommentStatus.Held, await StatusOf(comment));

        Assert.Equal(HttpStatusCode.Redirect, (await Moderate(editor, consultation.Id, comment, "refuse", "含有广告内容")).StatusCode);
        Assert.Equal(CommentStatus.Rejected, await StatusOf(comment));
    }

    [SkippableFact]
    public async Task Every_moderation_move_is_in_the_audit_log_with_who_and_why()
    {
        var consultation = await _steps.PublishedAsync();
        var comment = await _steps.ReceiveAsync(consultation.Id, "本条意见用于审计测试。");
        var editor = await _steps.As("editor");
        await Moderate(editor, consultation.Id, comment, "hold", "待核实");
        await Moderate(editor, consultation.Id, comment, "refuse", "含有广告内容");
        var auditor = await _steps.As("auditor");

        var (_, log) = await auditor.GetAsync($"/admin/audit?subjectType=comment&subjectKey={comment}");

        var rows = log.QuerySelectorAll("#audit-log tbody tr").ToList();
        Assert.Equal(["refuse", "hold", "receive"], rows.Select(r => r.GetAttribute("data-action")));
        Assert.All(rows.Take(2), r => Assert.Equal("演示编辑", r.QuerySelector(".actor")!.TextContent));
        Assert.Contains("含有广告内容", rows[0].TextContent);
        Assert.Contains("暂缓发布 → 不予发布", rows[0].TextContent);
    }

    [SkippableFact]
    public async Task The_queue_shows_contacts_masked_and_never_the_raw_number()
    {
        var consultation = await _steps.PublishedAsync();
        await _steps.ReceiveAsync(consultation.Id, "建议明确课后服务收费标准。", "李四", "13812341234", organisation: "某中学");
        var editor = await _steps.As("editor");

        var (response, page) = await editor.GetAsync(Queue(consultation.Id));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("138****1234", page.QuerySelector("#comments .contact")!.TextContent);
        Assert.DoesNotContain("13812341234", html);
        Assert.Contains("不公开署名", page.QuerySelector("#comments .writer")!.TextContent);
    }

    [SkippableFact]
    public async Task The_queue_pages_by_id_fifty_at_a_time_oldest_first()
    {
        var consultation = await _steps.PublishedAsync();
        var ids = new List<long>();
        for (var i = 0; i < 51; i++) ids.Add(await _steps.ReceiveAsync(consultation.Id, $"第{i}条意见"));
        var editor = await _steps.As("editor");

        var (_, first) = await editor.GetAsync(Queue(consultation.Id));
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var (_, second) = await editor.GetAsync(next);

        Assert.Equal(ids.Take(50).Select(id => $"comment-{id}"), first.QuerySelectorAll("#comments tbody tr").Select(r => r.Id));
        Assert.EndsWith($"after={ids[49]}", next);
        Assert.Equal($"comment-{ids[50]}", second.QuerySelector("#comments tbody tr")!.Id);
        Assert.Null(second.QuerySelector("a[rel=next]"));
    }

    [SkippableFact]
    public async Task An_offline_letter_is_recorded_with_a_receipt_and_counted_under_its_channel()
    {
        var consultation = await _steps.PublishedAsync();
        var editor = await _steps.As("editor");
        var page = $"/admin/consultations/{consultation.Id}/offline";

        var saved = await editor.SubmitAsync(page, page, new Dictionary<string, string>
        {
            ["Channel"] = "Letter", ["Date"] = "2026-03-02", ["Summary"] = "来信建议第二条增加民办学校。", ["ClauseAnchor"] = "tiao-2",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, after) = await editor.GetAsync(page);
        Assert.Equal(ReceiptCode.Length, after.QuerySelector("#receipt-code")!.TextContent.Length);
        var stored = await _steps.Read(db => db.Comments.AsNoTracking().SingleAsync(c => c.ConsultationId == consultation.Id));
        Assert.Equal((CommentChannel.Letter, "第二条", new DateOnly(2026, 3, 2)), (stored.Channel, stored.ClauseLabel, stored.OfflineDate!.Value));
        var (_, queue) = await editor.GetAsync(Queue(consultation.Id));
        Assert.Equal("1", queue.QuerySelector("#channel-Letter")!.TextContent);
        Assert.Equal("0", queue.QuerySelector("#channel-Web")!.TextContent);
    }

    [SkippableFact]
    public async Task The_editors_csv_has_a_byte_order_mark_every_field_and_neutralised_formulas()
    {
        var consultation = await _steps.PublishedAsync();
        await _steps.ReceiveAsync(consultation.Id, "=HYPERLINK(\"x\")", "王五", "13812341234");
        var editor = await _steps.As("editor");

        var response = await editor.Client.GetAsync($"/admin/consultations/{consultation.Id}/comments.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", text);
        Assert.Contains("13812341234", text);
        Assert.Contains("网站", text);
    }

    [SkippableFact]
    public async Task The_public_json_has_only_public_comments_no_contact_and_names_only_with_consent()
    {
        var consultation = await _steps.PublishedAsync();
        var editor = await _steps.As("editor");
        var anonymous = await _steps.ReceiveAsync(consultation.Id, "不同意署名的意见", "赵六", "13812341234", organisation: "某小学");
        var named = await _steps.ReceiveAsync(consultation.Id, "同意署名的意见", "钱七", "qian@example.cn", publishName: true);
        await _steps.ReceiveAsync(consultation.Id, "还在审核的意见");
        await Moderate(editor, consultation.Id, anonymous, "publish");
        await Moderate(editor, consultation.Id, named, "publish");

        var visitor = site.Factory.CreatePlainClient();
        var json = await visitor.GetStringAsync($"/consultations/{consultation.Slug}/comments.json");
        var comments = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("comments").EnumerateArray().ToList();

        Assert.Equal(["网友", "钱七"], comments.Select(c => c.GetProperty("name").GetString()));
        Assert.DoesNotContain("13812341234", json);
        Assert.DoesNotContain("qian@example.cn", json);
        Assert.DoesNotContain("某小学", json);
        Assert.DoesNotContain("还在审核的意见", json);
        var csv = await visitor.GetByteArrayAsync($"/consultations/{consultation.Slug}/comments.csv");
        Assert.Equal(0xEF, csv[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/consultations/no-such-draft/comments.json")).StatusCode);
    }

    [SkippableTheory]
    [InlineData("reviewer1")]
    [InlineData("auditor")]
    public async Task Reviewers_and_auditors_may_read_the_queue_but_not_moderate(string user)
    {
        var consultation = await _steps.PublishedAsync();
        var comment = await _steps.ReceiveAsync(consultation.Id, "只读测试意见");
        var reader = await _steps.As(user);

        var (queue, page) = await reader.GetAsync(Queue(consultation.Id));
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Empty(page.QuerySelectorAll("#comments form"));

        var attempt = await Moderate(reader, consultation.Id, comment, "refuse", "越权操作");
        Assert.Equal(HttpStatusCode.Redirect, attempt.StatusCode);
        Assert.Contains("/admin/denied", attempt.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.GetAsync(attempt.Headers.Location)).StatusCode);
        Assert.Equal(CommentStatus.Received, await StatusOf(comment));
        var export = await reader.Client.GetAsync($"/admin/consultations/{consultation.Id}/comments.csv");
        Assert.Contains("/admin/denied", export.Headers.Location!.ToString());
    }

    [SkippableFact]
    public async Task A_sensitive_word_already_listed_is_refused_with_a_message()
    {
        var editor = await _steps.As("editor");
        var word = "测试词" + Guid.NewGuid().ToString("N")[..6];
        var page = "/admin/sensitive-words";

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(page, page, new Dictionary<string, string> { ["word"] = word })).StatusCode);
        var again = await editor.SubmitAsync(page, page, new Dictionary<string, string> { ["word"] = " " + word.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("已在列表中", (await Browser.ParseAsync(again)).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(1, await _steps.Read(db => db.SensitiveWords.CountAsync(w => w.Word == word)));
        var id = await _steps.Read(db => db.SensitiveWords.Where(w => w.Word == word).Select(w => w.Id).SingleAsync());
        await editor.PostWithTokenAsync(page, $"{page}/{id}/remove", new Dictionary<string, string>());
        Assert.False(await _steps.Read(db => db.SensitiveWords.AnyAsync(w => w.Word == word)));
    }
}
