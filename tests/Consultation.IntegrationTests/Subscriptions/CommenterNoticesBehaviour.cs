using System.Net;
using Consultation.Core;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Consultation.IntegrationTests.Subscriptions.SubscriptionSteps;

namespace Consultation.IntegrationTests.Subscriptions;

/// <summary>
/// A commenter who left an e-mail ticks the box and is told, with a link to their receipt, when the report answering
/// their comment is published; the address is never shown. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class CommenterNoticesBehaviour(MailSite site)
{
    private static async Task<HttpResponseMessage> CommentAsync(Browser citizen, string slug, string contact, bool notify)
    {
        var fields = new Dictionary<string, string>
        {
            ["Body"] = "建议第二条写明适用范围。", ["ClauseAnchor"] = "tiao-2", ["Contact"] = contact,
            ["captcha"] = await ProofOfWorkSolver.SolveFromAsync(citizen.Client),
        };
        if (notify) fields["NotifyOnReport"] = "true";
        return await citizen.SubmitAsync($"/consultations/{slug}", $"/consultations/{slug}/comments", fields);
    }

    private async Task<(int Id, int DecisionId, long CommentId)> IdsAsync(string slug)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var consultation = await db.Consultations.SingleAsync(c => c.Slug == slug);
        var comment = await db.Comments.Where(c => c.ConsultationId == consultation.Id).Select(c => c.Id).SingleAsync();
        return (consultation.Id, consultation.DecisionId, comment);
    }

    /// <summary>Groups the one comment, records the decision today and passes the report through 三审.</summary>
    private async Task PublishReportAsync(string slug)
    {
        var (id, decisionId, commentId) = await IdsAsync(slug);
        var editor = await site.SignInAsync("editor");
        var groups = $"/admin/consultations/{id}/groups";
        await editor.PostWithTokenAsync(groups, $"{groups}/create",
            new Dictionary<string, string> { ["commentIds"] = commentId.ToString(), ["title"] = "写明适用范围" });
        int group;
        using (var scope = site.Factory.Services.CreateScope())
            group = await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().OpinionGroups
                .Where(g => g.ConsultationId == id).Select(g => g.Id).SingleAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostWithTokenAsync(groups, $"{groups}/{group}/decide",
            new Dictionary<string, string> { ["disposition"] = "Adopted" })).StatusCode);
        var decision = $"/admin/decisions/{decisionId}";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostWithTokenAsync(decision, $"{decision}/record",
            new Dictionary<string, string> { ["decidedOn"] = ShanghaiTime.Date(DateTimeOffset.UtcNow), ["documentNumber"] = "" })).StatusCode);
        var report = $"/admin/consultations/{id}/report";
        await editor.PostWithTokenAsync(report, report,
            new Dictionary<string, string> { ["introduction"] = "说明", ["finalText"] = "第一条　目的。\n\n第二条　范围。" });
        await site.PassReviewAsync(editor, report);
    }

    [SkippableFact]
    public async Task A_commenter_who_opts_in_is_mailed_a_link_to_their_receipt_when_the_report_is_published_and_followers_are_told_too()
    {
        var now = DateTimeOffset.UtcNow;
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, now.AddDays(-1), now.AddDays(5));
        var email = NewAddress();
        var citizen = site.NewBrowser();
        var sent = await CommentAsync(citizen, slug, email, notify: true);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var receipt = sent.Headers.Location!.OriginalString.Split('?')[0];
        await DeliverAsync(site);
        var confirmation = Assert.Single(site.Mail.To(email));
        Assert.Equal("请确认订阅：您对「测试草案（征求意见稿）」所提意见的反馈", confirmation.Subject);
        var link = LinkIn(confirmation, "/subscribe/confirm/");
        await citizen.SubmitAsync(link, link);
        var follower = NewAddress();
        await ConfirmedAsync(site, follower, "Consultation", (await IdsAsync(slug)).Id);

        await ConsultationArranger.CloseNowAsync(site.Factory, slug);
        await PublishReportAsync(slug);
        await DeliverAsync(site);

        var notice = Assert.Single(Subjects(site, email, "您的意见有了反馈"));
        Assert.Equal(receipt, LinkIn(notice, "/receipt/"));
        Assert.Contains($"/consultations/{slug}/report", notice.TextBody);
        Assert.Empty(Subjects(site, email, "反馈报告已公布")); // the commenter did not follow the consultation itself
        Assert.Equal("反馈报告已公布：「测试草案（征求意见稿）」", Assert.Single(Subjects(site, follower, "反馈报告已公布")).Subject);
        Assert.Single(Subjects(site, follower, "已作出决策"));
        var (shown, receiptPage) = await site.NewBrowser().GetAsync(receipt);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        foreach (var page in new[] { receipt, $"/consultations/{slug}", $"/consultations/{slug}/report" })
            Assert.DoesNotContain(email, (await site.NewBrowser().GetAsync(page)).Page.DocumentElement.OuterHtml);
        Assert.DoesNotContain(email, receiptPage.DocumentElement.OuterHtml);
    }

    [SkippableFact]
    public async Task Ticking_the_box_without_an_e_mail_address_is_refused_with_a_message_and_the_text_kept()
    {
        var now = DateTimeOffset.UtcNow;
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, now.AddDays(-1), now.AddDays(5));

        var refused = await CommentAsync(site.NewBrowser(), slug, "13812341234", notify: true);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Browser.ParseAsync(refused);
        Assert.Contains("请在“联系方式”中填写电子邮箱", page.QuerySelector("#form-errors, .form-errors, [role=alert]")!.TextContent);
        Assert.Equal("建议第二条写明适用范围。", page.QuerySelector("#Body")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#NotifyOnReport")!.HasAttribute("checked") ? "true" : "false");
    }
}
