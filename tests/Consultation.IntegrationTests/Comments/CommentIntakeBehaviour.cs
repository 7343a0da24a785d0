using System.Net;
using AngleSharp.Html.Dom;
using Consultation.Core.Comments;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Outbox;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consultation.IntegrationTests.Comments;

/// <summary>
/// Comments through the group-commit queue under load: every receipt is a stored comment, a full queue says so and
/// keeps the text, one bad submission in a batch costs no other. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class CommentIntakeBehaviour(SiteFixture site)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    /// <summary>The same site and database with other intake settings and, if given, the writer held.</summary>
    private WebApplicationFactory<Program> Node(Dictionary<string, string> settings, HeldCommentWriter? hold = null) =>
        site.Factory.WithWebHostBuilder(b =>
        {
            // Many citizens here share the test's one address: the per-address limit would stop the crowd.
            b.UseSetting("Comments:RateLimit:PermitLimit", "100000");
            foreach (var (key, value) in settings) b.UseSetting(key, value);
            if (hold is null) return;
            b.ConfigureTestServices(services =>
            {
                services.AddSingleton(hold);
                services.AddScoped<CommentBatches>();
                services.RemoveAll<ICommentBatchStore>();
                services.AddScoped<ICommentBatchStore, HeldCommentWriter.Store>();
            });
        });

    private static Browser Citizen(WebApplicationFactory<Program> node) =>
        new(node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Opens the draft, solves the check as the browser does and submits the form.</summary>
    private static async Task<HttpResponseMessage> CommentAsync(Browser citizen, string slug,
        Dictionary<string, string> fields, string query = "")
    {
        var (_, page) = await citizen.GetAsync($"/consultations/{slug}{query}");
        var form = (IHtmlFormElement)page.QuerySelector($"form[action^='/consultations/{slug}/comments']")!;
        fields["captcha"] = await ProofOfWorkSolver.SolveFromAsync(citizen.Client);
        return await citizen.PostAsync($"/consultations/{slug}/comments{query}", form, fields);
    }

    private static Dictionary<string, string> Fields(string body, string? key = null) =>
        new() { ["Body"] = body, ["IdempotencyKey"] = key ?? Guid.NewGuid().ToString("N") };

    private static async Task<string> ReceiptCodeAsync(Browser citizen, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (page, receipt) = await citizen.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return receipt.QuerySelector("#receipt-code")!.TextContent;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition());
    }

    [SkippableFact]
    public async Task Many_citizens_at_once_all_get_receipts_and_every_receipt_is_a_stored_comment()
    {
        using var node = Node(new() { ["Comments:Intake:BatchSize"] = "16", ["Comments:Intake:MaxWaitMilliseconds"] = "20" });
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var bodies = Enumerable.Range(1, 60).Select(i => $"第{i}位市民的意见").ToList();

        var codes = await Task.WhenAll(bodies.Select(async body =>
        {
            var citizen = Citizen(node);
            return await ReceiptCodeAsync(citizen, await CommentAsync(citizen, slug, Fields(body)));
        }));

        Assert.Equal(60, codes.Distinct().Count());
        var stored = await ConsultationArranger.CommentsAsync(site.Factory, slug);
        Assert.Equal(bodies.Order(StringComparer.Ordinal), stored.Select(c => c.Body).Order(StringComparer.Ordinal));
        foreach (var code in codes)
        {
            var (lookup, receipt) = await Citizen(node).GetAsync($"/receipt/{code}");
            Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
            Assert.Equal(code, receipt.QuerySelector("#receipt-code")!.TextContent);
        }
    }

    [SkippableFact]
    public async Task A_full_queue_answers_503_with_retry_after_and_a_message_in_the_pages_language_and_keeps_the_text()
    {
        var hold = new HeldCommentWriter();
        using var node = Node(new()
        {
            ["Comments:Intake:QueueCapacity"] = "1", ["Comments:Intake:BatchSize"] = "1",
            ["Comments:Intake:RetryAfterSeconds"] = "7",
        }, hold);
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var queue = node.Services.GetRequiredService<CommentQueue>();

        var first = CommentAsync(Citizen(node), slug, Fields("先到的意见")); // taken by the held writer
        await hold.Holding.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = CommentAsync(Citizen(node), slug, Fields("排队的意见"));  // fills the queue of one
        await WaitUntilAsync(() => queue.Count == 1);

        var chinese = await CommentAsync(Citizen(node), slug, Fields("挤不进去的意见"));
        var english = await CommentAsync(Citizen(node), slug, Fields("A comment that did not fit"), "?culture=en");
        hold.Open();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, chinese.StatusCode);
        Assert.Equal("7", chinese.Headers.GetValues("Retry-After").Single());
        var page = await Browser.ParseAsync(chinese);
        Assert.Contains("您的意见尚未保存", page.QuerySelector("#comment-errors")!.TextContent);
        Assert.Equal("挤不进去的意见", page.QuerySelector("#Body")!.TextContent);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, english.StatusCode);
        var englishPage = await Browser.ParseAsync(english);
        Assert.Contains("yours has not been saved yet", englishPage.QuerySelector("#comment-errors")!.TextContent);
        Assert.Equal("A comment that did not fit", englishPage.QuerySelector("#Body")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second).StatusCode);
        Assert.Equal(new[] { "先到的意见", "排队的意见" }.Order(StringComparer.Ordinal),
            (await ConsultationArranger.CommentsAsync(site.Factory, slug)).Select(c => c.Body).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task One_bad_submission_in_a_batch_costs_none_of_the_others()
    {
        var hold = new HeldCommentWriter();
        using var node = Node(new() { ["Comments:Intake:BatchSize"] = "50" }, hold);
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var queue = node.Services.GetRequiredService<CommentQueue>();
        var opener = CommentAsync(Citizen(node), slug, Fields("第一批的意见"));
        await hold.Holding.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // One batch: five good comments, one on a clause the draft does not have, and a double submit of one form
        // (same idempotency key) whose second copy makes the batch's commit fail on the unique key.
        var good = Enumerable.Range(1, 5).Select(i => CommentAsync(Citizen(node), slug, Fields($"好的意见{i}"))).ToList();
        var badFields = Fields("对不存在条款的意见");
        badFields["ClauseAnchor"] = "tiao-99";
        var bad = CommentAsync(Citizen(node), slug, badFields);
        var key = Guid.NewGuid().ToString("N");
        var twiceA = CommentAsync(Citizen(node), slug, Fields("点了两次的意见", key));
        var twiceB = CommentAsync(Citizen(node), slug, Fields("点了两次的意见", key));
        await WaitUntilAsync(() => queue.Count == 8);
        hold.Open();

        foreach (var response in await Task.WhenAll(good.Prepend(opener)))
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var refused = await bad;
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("对不存在条款的意见", (await Browser.ParseAsync(refused)).QuerySelector("#Body")!.TextContent);
        var (a, b) = (await twiceA, await twiceB);
        Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
        Assert.Equal(a.Headers.Location, b.Headers.Location);

        string[] expected = ["第一批的意见", "点了两次的意见", "好的意见1", "好的意见2", "好的意见3", "好的意见4", "好的意见5"];
        Assert.Equal(expected.Order(StringComparer.Ordinal),
            (await ConsultationArranger.CommentsAsync(site.Factory, slug)).Select(c => c.Body).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task A_window_closed_on_another_node_refuses_this_nodes_next_comment_at_once()
    {
        using var node = Node(new());
        var slug = await FirstCommentThroughAsync(node, "关闭前的意见");

        var late = Citizen(node);
        var (_, page) = await late.GetAsync($"/consultations/{slug}");
        var form = (IHtmlFormElement)page.QuerySelector($"form[action^='/consultations/{slug}/comments']")!;
        var fields = Fields("关闭后才提交的意见");
        fields["captcha"] = await ProofOfWorkSolver.SolveFromAsync(late.Client);
        await ConsultationArranger.CloseNowAsync(site.Factory, slug); // saved through the other node
        var response = await late.PostAsync($"/consultations/{slug}/comments", form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["关闭前的意见"], (await ConsultationArranger.CommentsAsync(site.Factory, slug)).Select(c => c.Body));
    }

    [SkippableFact]
    public async Task A_sensitive_word_added_on_another_node_holds_this_nodes_next_comment()
    {
        using var node = Node(new());
        var slug = await FirstCommentThroughAsync(node, "普通的意见");
        var word = $"缓存词{Guid.NewGuid():N}"[..9];
        using (var scope = site.Factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SensitiveWords>().AddAsync(word, CancellationToken.None);

        // The change reaches this node through the outbox, as its next poll would bring it.
        await node.Services.GetRequiredService<OutboxProcessor>().CatchUpAsync();
        var second = Citizen(node);
        await ReceiptCodeAsync(second, await CommentAsync(second, slug, Fields($"含有{word}的意见")));

        var comments = await ConsultationArranger.CommentsAsync(site.Factory, slug);
        Assert.Equal(CommentStatus.Received, comments.Single(c => c.Body == "普通的意见").Status);
        Assert.Equal(CommentStatus.Held, comments.Single(c => c.Body == $"含有{word}的意见").Status);
    }

    /// <summary>A new open consultation with one comment stored through <paramref name="node"/>, which now holds its copies.</summary>
    private async Task<string> FirstCommentThroughAsync(WebApplicationFactory<Program> node, string body)
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var first = Citizen(node);
        await ReceiptCodeAsync(first, await CommentAsync(first, slug, Fields(body)));
        return slug;
    }
}
