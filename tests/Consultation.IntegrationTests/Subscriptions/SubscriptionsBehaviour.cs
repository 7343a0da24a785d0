using System.Net;
using Consultation.Core.Accounts;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Mail;
using Consultation.Infrastructure.Outbox;
using Consultation.Infrastructure.Subscriptions;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Consultation.IntegrationTests.Subscriptions.SubscriptionSteps;

namespace Consultation.IntegrationTests.Subscriptions;

/// <summary>
/// Subscriptions by e-mail through a real SMTP server in process: double opt-in, notices, one-click unsubscribe, once
/// per cluster, retries. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class SubscriptionsBehaviour(MailSite site)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private async Task<int> IdOfAsync(string slug)
    {
        using var scope = site.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().Consultations
            .Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
    }

    /// <summary>A consultation open since yesterday that closes in five days.</summary>
    private async Task<int> OpenConsultationAsync() =>
        await IdOfAsync(await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(5)));

    [SkippableFact]
    public async Task A_confirmed_address_is_told_when_the_consultation_closes_soon_and_an_unconfirmed_one_is_not()
    {
        var id = await OpenConsultationAsync();
        var confirmed = NewAddress();
        var unconfirmed = NewAddress();
        await ConfirmedAsync(site, confirmed, "Consultation", id);
        Assert.Equal(HttpStatusCode.Redirect, (await SubscribeAsync(site.NewBrowser(), unconfirmed, "Consultation", id)).StatusCode);
        await DeliverAsync(site);
        var confirmation = Assert.Single(site.Mail.To(unconfirmed));
        Assert.Equal("请确认订阅：「测试草案（征求意见稿）」的进展", confirmation.Subject);
        Assert.Contains("确认之前不会给您发送任何通知", confirmation.TextBody);

        // Three calendar days before the close (ClosingSoonDays = 3).
        await WindowNoticesAtAsync(site, Now.AddDays(2).AddHours(1));
        await DeliverAsync(site);

        var notice = Assert.Single(Subjects(site, confirmed, "即将截止"));
        Assert.Equal("即将截止：「测试草案（征求意见稿）」", notice.Subject);
        Assert.Contains($"/consultations/", notice.HtmlBody);
        Assert.StartsWith("<http://localhost/unsubscribe/", notice.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", notice.Headers["List-Unsubscribe-Post"]);
        Assert.Single(site.Mail.To(unconfirmed)); // still only the confirmation
        // It opened before this reader confirmed: old news is not sent.
        Assert.Empty(Subjects(site, confirmed, "开始征求意见"));
    }

    [SkippableFact]
    public async Task A_subscriber_to_new_consultations_is_told_when_one_opens()
    {
        var reader = NewAddress();
        await ConfirmedAsync(site, reader, "NewConsultations");
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddHours(1), Now.AddDays(31));

        await WindowNoticesAtAsync(site, Now.AddHours(2));
        await DeliverAsync(site);

        var notice = Assert.Single(Subjects(site, reader, "开始征求意见"));
        Assert.Contains($"/consultations/{slug}", notice.TextBody);
    }

    [SkippableFact]
    public async Task Unsubscribing_by_the_page_or_by_a_mail_clients_one_click_post_stops_further_mail()
    {
        var id = await OpenConsultationAsync();
        var byPage = NewAddress();
        var byClient = NewAddress();
        await ConfirmedAsync(site, byPage, "Consultation", id);
        await ConfirmedAsync(site, byClient, "Consultation", id);

        var pageLink = LinkIn(site.Mail.To(byPage).Last(), "/unsubscribe/");
        var citizen = site.NewBrowser();
        var (shown, page) = await citizen.GetAsync(pageLink);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("测试草案（征求意见稿）", page.QuerySelector("#subscription-topic")!.TextContent);
        Assert.DoesNotContain(byPage, page.DocumentElement.OuterHtml);
        var ended = await citizen.SubmitAsync(pageLink, pageLink);
        Assert.NotNull((await Browser.ParseAsync(ended)).QuerySelector("#subscription-ended"));

        // RFC 8058: the mail client posts the header's address with this body, no cookie, no antiforgery token.
        var header = site.Mail.To(byClient).Last().Headers["List-Unsubscribe"]!.Trim('<', '>');
        var oneClick = await site.Factory.CreatePlainClient().PostAsync(new Uri(header).PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);

        await WindowNoticesAtAsync(site, Now.AddDays(2).AddHours(1));
        await DeliverAsync(site);
        Assert.Empty(Subjects(site, byPage, "即将截止"));
        Assert.Empty(Subjects(site, byClient, "即将截止"));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(pageLink[..^3] + "xyz")).Response.StatusCode);
    }

    [SkippableFact]
    public async Task A_recorded_decision_is_mailed_once_to_each_follower_though_two_nodes_handle_and_send_it()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-40), Now.AddDays(-10));
        var id = await IdOfAsync(slug);
        var readers = new[] { NewAddress(), NewAddress(), NewAddress() };
        foreach (var reader in readers) await ConfirmedAsync(site, reader, "Consultation", id);

        using (var scope = site.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var consultation = await db.Consultations.SingleAsync(c => c.Id == id);
            var decision = await db.Decisions.SingleAsync(d => d.Id == consultation.DecisionId);
            decision.RecordDecision(DateOnly.FromDateTime(Now.AddDays(-1).UtcDateTime), "鲁教字〔2026〕7号", [consultation],
                new Actor("editor-x", "编辑", new HashSet<string> { BackOfficeRoles.Editor }), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
        // Both nodes read the outbox (the second one by handing the very same message over again) …
        await site.Factory.Services.GetRequiredService<OutboxProcessor>().CatchUpAsync();
        var notices = site.Factory.Services.GetServices<IOutboxHandler>().OfType<SubscriptionNotices>().Single();
        using (var scope = site.Factory.Services.CreateScope())
        {
            var message = await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().OutboxMessages
                .Where(m => m.SubjectType == "decision").OrderByDescending(m => m.Id).FirstAsync();
            await notices.HandleAsync(message, default);
            await notices.HandleAsync([message], default);
        }
        // … and both send at the same moment.
        var first = site.Factory.Services.GetRequiredService<MailDelivery>();
        var second = OtherNode(site, TimeProvider.System);
        await Task.WhenAll(first.SendDueAsync(), second.SendDueAsync(), first.SendDueAsync(), second.SendDueAsync());
        await DeliverAsync(site);

        foreach (var reader in readers)
        {
            var notice = Assert.Single(Subjects(site, reader, "已作出决策"));
            Assert.Contains("鲁教字〔2026〕7号", notice.TextBody);
        }
    }

    [SkippableFact]
    public async Task Queuing_the_same_window_notice_twice_queues_nothing_the_second_time()
    {
        var id = await OpenConsultationAsync();
        var reader = NewAddress();
        await ConfirmedAsync(site, reader, "Consultation", id);
        var at = Now.AddDays(2).AddHours(1);

        await WindowNoticesAtAsync(site, at);
        await WindowNoticesAtAsync(site, at.AddMinutes(5));
        await DeliverAsync(site);

        Assert.Single(Subjects(site, reader, "即将截止"));
        Assert.Single(await QueuedToAsync(site, reader), m => m.Key.StartsWith($"consultation:{id}:closing-soon", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_refused_mail_is_retried_after_the_backoff_and_then_delivered_once()
    {
        var reader = NewAddress();
        site.Mail.RefuseNext(1);
        Assert.Equal(HttpStatusCode.Redirect, (await SubscribeAsync(site.NewBrowser(), reader, "Catalog")).StatusCode);
        await DeliverAsync(site);
        Assert.Empty(site.Mail.To(reader));
        var waiting = Assert.Single(await QueuedToAsync(site, reader));
        Assert.Equal(1, waiting.Attempts);
        Assert.Equal(OutgoingMailState.Pending, waiting.State);
        Assert.InRange(waiting.NextAttemptAt - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(61));

        await DeliverAsync(site); // not due yet
        Assert.Empty(site.Mail.To(reader));
        await OtherNode(site, new FixedClock(DateTimeOffset.UtcNow.AddSeconds(61))).SendDueAsync();

        Assert.Single(site.Mail.To(reader));
        var sent = Assert.Single(await QueuedToAsync(site, reader));
        Assert.Equal(OutgoingMailState.Sent, sent.State);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal("", sent.TextBody); // the confirmation link is not kept once sent
    }

    [SkippableFact]
    public async Task A_mail_refused_at_every_attempt_is_marked_failed_and_listed_in_the_back_office()
    {
        var reader = NewAddress();
        site.Mail.RefuseNext(3);
        await SubscribeAsync(site.NewBrowser(), reader, "Catalog");
        await DeliverAsync(site);
        // Waits of 60 s, then 120 s (MaxAttempts = 3).
        await OtherNode(site, new FixedClock(DateTimeOffset.UtcNow.AddSeconds(61))).SendDueAsync();
        await OtherNode(site, new FixedClock(DateTimeOffset.UtcNow.AddSeconds(61 + 121))).SendDueAsync();

        var failed = Assert.Single(await QueuedToAsync(site, reader));
        Assert.Equal(OutgoingMailState.Failed, failed.State);
        Assert.Equal(3, failed.Attempts);
        var (_, page) = await (await site.SignInAsync("admin")).GetAsync("/admin/subscriptions");
        var row = page.QuerySelectorAll("#waiting-mail tbody tr.mail-failed")
            .Single(r => r.TextContent.Contains(reader[..1] + "***@example.cn") && r.TextContent.Contains("请确认订阅"));
        Assert.Contains("发送失败", row.TextContent);
        Assert.DoesNotContain(reader, page.DocumentElement.OuterHtml);
    }

    [SkippableFact]
    public async Task The_form_answers_the_same_for_a_new_and_an_already_confirmed_address_and_sends_no_second_confirmation()
    {
        var reader = NewAddress();
        await ConfirmedAsync(site, reader, "Catalog");
        var again = await SubscribeAsync(site.NewBrowser(), reader, "Catalog");
        var fresh = await SubscribeAsync(site.NewBrowser(), NewAddress(), "Catalog");
        await DeliverAsync(site);

        Assert.Equal(fresh.Headers.Location, again.Headers.Location);
        Assert.Single(Subjects(site, reader, "请确认订阅"));
    }

    [SkippableFact]
    public async Task A_bad_address_is_refused_with_a_message_and_kept_in_the_form()
    {
        var response = await SubscribeAsync(site.NewBrowser(), "reader-at-example", "Catalog");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("电子邮箱格式不正确", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("reader-at-example", page.QuerySelector("#Email")!.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task A_confirmation_link_that_matches_nothing_is_a_404_with_a_message()
    {
        var (response, page) = await site.NewBrowser().GetAsync("/subscribe/confirm/not-a-real-token");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("链接无效", page.QuerySelector("h1")!.TextContent);
    }
}
