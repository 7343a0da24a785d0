using System.Net;
using Consultation.Core.Accounts;
using Consultation.Core.Catalog;
using Consultation.Core.Consultations;
using Consultation.Core.Disclosure;
using Consultation.Core.Inspection;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Content;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Disclosure;
using Consultation.Infrastructure.Inspection;
using Consultation.Infrastructure.Messages;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Inspection;

/// <summary>
/// Each veto item of /admin/inspection turns to fail on crafted data and back to pass once it is fixed, as an editor
/// sees it on the page. Every test has a site of its own because it moves the clock.
/// </summary>
public sealed class InspectionItemsTests
{
    private static readonly Actor Clerk = new("t-clerk", "t-clerk", new HashSet<string> { BackOfficeRoles.Editor });

    /// <summary>The item's verdict and findings as the self-check page shows them.</summary>
    private static async Task<(string Status, List<string> Findings)> ItemAsync(ClockedSite site, InspectionItemKey key)
    {
        var editor = await site.SignInAsync("editor");
        var (response, page) = await editor.GetAsync("/admin/inspection");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = page.QuerySelector($"#item-{key}")!;
        return (item.GetAttribute("data-status")!, item.QuerySelectorAll(".inspection-findings li").Select(l => l.TextContent.Trim()).ToList());
    }

    private static async Task<string> StatusAsync(ClockedSite site, InspectionItemKey key) => (await ItemAsync(site, key)).Status;

    [Fact]
    public async Task The_home_page_fails_after_two_weeks_without_anything_new_and_passes_once_something_is_published()
    {
        using var site = new ClockedSite();
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.HomeStale));

        site.Clock.Now = site.Clock.Now.AddDays(15);
        var (status, findings) = await ItemAsync(site, InspectionItemKey.HomeStale);
        Assert.Equal("Fail", status);
        Assert.Contains("规定 14 天内须有更新", Assert.Single(findings));

        await ContentArranger.PublishAsync(site, "notices", "关于寒假安全工作的通知", publishedOn: DateOnly.FromDateTime(site.Clock.Now.DateTime));
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.HomeStale));
    }

    [Fact]
    public async Task Columns_past_their_update_period_fail_at_the_configured_count_and_pass_once_updated()
    {
        using var site = new ClockedSite(settings: new() { ["Inspection:StaleColumnsVeto"] = "2" });
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.StaleColumns));

        site.Clock.Now = site.Clock.Now.AddMonths(7);
        var (status, findings) = await ItemAsync(site, InspectionItemKey.StaleColumns);
        Assert.Equal("Fail", status);
        Assert.Contains(findings, f => f.StartsWith("栏目“通知公告”最近更新于", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("栏目“政策解读”最近更新于", StringComparison.Ordinal));

        await ContentArranger.PublishAsync(site, "notices", "新的通知", publishedOn: DateOnly.FromDateTime(site.Clock.Now.DateTime));
        Assert.Equal("AtRisk", await StatusAsync(site, InspectionItemKey.StaleColumns));
        await ContentArranger.PublishAsync(site, "policy-interpretation", "新的解读", publishedOn: DateOnly.FromDateTime(site.Clock.Now.DateTime));
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.StaleColumns));
    }

    [Fact]
    public async Task Five_empty_columns_fail_and_removing_them_passes()
    {
        using var site = new ClockedSite();
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
            ids.Add((await site.WithAsync<BackOfficeColumns, Core.Content.Column>(c =>
                c.CreateAsync($"empty-{i}", $"空栏目{i}", "", null, null, null))).Id);

        var (status, findings) = await ItemAsync(site, InspectionItemKey.EmptyColumns);
        Assert.Equal("Fail", status);
        Assert.Equal(5, findings.Count(f => f.StartsWith("栏目“空栏目", StringComparison.Ordinal)));

        await site.WithAsync<BackOfficeColumns>(c => c.DeleteAsync(ids[0]));
        Assert.Equal("AtRisk", await StatusAsync(site, InspectionItemKey.EmptyColumns));
        foreach (var id in ids.Skip(1)) await site.WithAsync<BackOfficeColumns>(c => c.DeleteAsync(id));
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.EmptyColumns));
    }

    [Fact]
    public async Task A_message_unanswered_for_three_months_fails_and_setting_it_aside_passes()
    {
        using var site = new ClockedSite();
        Assert.Equal("AtRisk", await StatusAsync(site, InspectionItemKey.UnansweredMessages)); // the demo's old message

        site.Clock.Now = site.Clock.Now.AddDays(20);
        var (status, findings) = await ItemAsync(site, InspectionItemKey.UnansweredMessages);
        Assert.Equal("Fail", status);
        Assert.StartsWith("留言“关于民办学校收费备案的咨询”", Assert.Single(findings));

        var open = await site.WithAsync<MessageQueries, List<MessageRow>>(q => q.OpenAsync());
        foreach (var row in open.Where(r => r.Deadline.Alarm >= Core.Messages.MessageAlarm.LimitNear))
            await site.WithAsync<BackOfficeMessages>(m => m.MarkInvalidAsync(row.Message.Id, "重复留言", Clerk, default));
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.UnansweredMessages));
    }

    [Fact]
    public async Task Articles_without_a_publication_date_fail_and_dating_them_passes()
    {
        using var site = new ClockedSite();
        var (status, findings) = await ItemAsync(site, InspectionItemKey.UndatedItems);
        Assert.Equal("Fail", status); // two demo articles carry no 发布日期
        Assert.Equal(2, findings.Count);

        var today = DateOnly.FromDateTime(site.Clock.Now.DateTime);
        foreach (var title in new[] { "问答解读：2023年政务公开工作要点任务分工中的公众参与要求", "关于公众参与和决策公开平台试运行的说明" })
            await ContentArranger.ReviseAsync(site, await ContentArranger.IdOfAsync(site, title),
                c => c with { Metadata = c.Metadata with { PublishedOn = today } });
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.UndatedItems));

        await ContentArranger.PublishAsync(site, "notices", "没有发布日期的通知");
        Assert.Equal("Fail", await StatusAsync(site, InspectionItemKey.UndatedItems));
    }

    [Fact]
    public async Task An_interpretation_must_link_to_its_policy_and_the_policy_back_before_the_item_passes()
    {
        using var site = new ClockedSite();
        const string Interpretation = "问答解读：2023年政务公开工作要点任务分工中的公众参与要求";
        const string Notice = "关于印发2023年政务公开工作要点任务分工的通知";
        var interpretationId = await ContentArranger.IdOfAsync(site, Interpretation);
        var noticeId = await ContentArranger.IdOfAsync(site, Notice);
        var (status, findings) = await ItemAsync(site, InspectionItemKey.InterpretationLinks);
        Assert.Equal("Fail", status);
        Assert.Contains("没有链接到所解读的政策文件", Assert.Single(findings));

        await ContentArranger.ReviseAsync(site, interpretationId,
            c => c with { BodyMarkdown = c.BodyMarkdown + $"\n\n原文：[{Notice}](/articles/{noticeId})" });
        (status, findings) = await ItemAsync(site, InspectionItemKey.InterpretationLinks);
        Assert.Equal("Fail", status);
        Assert.Contains("没有链接回解读", Assert.Single(findings));

        await ContentArranger.ReviseAsync(site, noticeId,
            c => c with { BodyMarkdown = c.BodyMarkdown + $"\n\n解读：[{Interpretation}](/articles/{interpretationId})" });
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.InterpretationLinks));
    }

    [Fact]
    public async Task A_request_past_its_reply_date_fails_and_replying_passes()
    {
        using var site = new ClockedSite();
        Assert.Equal("AtRisk", await StatusAsync(site, InspectionItemKey.OverdueDisclosure)); // the demo request near its date

        site.Clock.Now = site.Clock.Now.AddDays(10);
        var (status, findings) = await ItemAsync(site, InspectionItemKey.OverdueDisclosure);
        Assert.Equal("Fail", status);
        Assert.Contains(findings, f => f.StartsWith("依申请公开 #", StringComparison.Ordinal) && f.Contains("前答复"));

        var open = await site.WithAsync<DisclosureQueries, List<DisclosureRow>>(q => q.OpenAsync());
        foreach (var row in open.Where(r => r.NeedsAttention(5)))
            await site.WithAsync<BackOfficeDisclosure>(o => o.ReplyAsync(row.Request.Id,
                new ReplyInput(ReplyType.Disclosed, null, "见附件。", FeeMethod.None, 0), Clerk, default));
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.OverdueDisclosure));
    }

    [Fact]
    public async Task An_adoption_report_past_its_due_date_fails_and_publishing_it_passes()
    {
        using var site = new ClockedSite();
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.OverdueReports));
        var decidedOn = DateOnly.FromDateTime(site.Clock.Now.AddDays(-30).DateTime);
        var consultationId = await DecidedConsultationAsync(site, decidedOn);
        await site.WithAsync<FeedbackReportService>(r => r.SaveAsync(consultationId, "采纳情况说明。", "最终文本。", Clerk));

        var (status, findings) = await ItemAsync(site, InspectionItemKey.OverdueReports);
        Assert.Equal("Fail", status);
        Assert.StartsWith("“巡检测试草案”的意见采纳情况须于", Assert.Single(findings));

        var page = $"/admin/consultations/{consultationId}/report";
        await (await site.SignInAsync("editor")).PostFieldsAsync(page, ReviewUrl.For(page, "submit"));
        foreach (var reviewer in new[] { "reviewer1", "reviewer2", "reviewer3" })
            await (await site.SignInAsync(reviewer)).PostFieldsAsync(page, ReviewUrl.For(page, "approve"));
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.OverdueReports));
    }

    [Fact]
    public async Task A_year_without_a_decision_catalog_after_its_due_date_fails_and_an_entry_passes()
    {
        var nextYear = DateTimeOffset.UtcNow.Year + 1;
        using var site = new ClockedSite();
        site.Clock.Now = new DateTimeOffset(nextYear, 7, 1, 2, 0, 0, TimeSpan.Zero);

        var (status, findings) = await ItemAsync(site, InspectionItemKey.OverdueCatalog);
        Assert.Equal("Fail", status);
        Assert.StartsWith($"{nextYear}年度重大行政决策事项目录须于 {nextYear}-06-30 前公开。", Assert.Single(findings));

        int entryId;
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var decision = Decision.Create("巡检测试决策", "办公室", nextYear, true, "背景", Clerk);
            db.Decisions.Add(decision);
            await db.SaveChangesAsync();
            var entry = CatalogEntry.Create(nextYear, decision.Id, "办公室", $"{nextYear}年", Clerk);
            db.CatalogEntries.Add(entry);
            await db.SaveChangesAsync();
            entryId = entry.Id;
        }
        // A line written but not through 三审 is not public yet: the catalog still fails.
        Assert.Equal("Fail", await StatusAsync(site, InspectionItemKey.OverdueCatalog));

        var page = $"/admin/catalog/{entryId}";
        await (await site.SignInAsync("editor")).PostFieldsAsync(page, ReviewUrl.For(page, "submit"));
        foreach (var reviewer in new[] { "reviewer1", "reviewer2", "reviewer3" })
            await (await site.SignInAsync(reviewer)).PostFieldsAsync(page, ReviewUrl.For(page, "approve"));
        Assert.Equal("Pass", await StatusAsync(site, InspectionItemKey.OverdueCatalog));
    }

    /// <summary>A consultation that closed 40 days ago and whose decision was recorded on <paramref name="decidedOn"/>.</summary>
    private static async Task<int> DecidedConsultationAsync(ClockedSite site, DateOnly decidedOn)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var decision = Decision.Create("巡检测试决策", "办公室", 2026, false, "背景", Clerk);
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        var opens = site.Clock.Now.AddDays(-70);
        var rules = new ConsultationRules();
        var consultation = PublicConsultation.Create(decision.Id, "inspection-test", "巡检测试草案", "第一条　目的。", "说明",
            new ConsultationWindow(opens, opens.AddDays(30), null), ModerationMode.PreModeration, Clerk);
        consultation.AddInterpretation(InterpretationForm.Text, "解读", "解读正文。", Clerk, opens);
        consultation.Submit(Clerk, opens, rules);
        foreach (var role in new[] { BackOfficeRoles.FirstReviewer, BackOfficeRoles.SecondReviewer, BackOfficeRoles.FinalReviewer })
            consultation.Approve(new Actor($"t-{role}", role, new HashSet<string> { role }), opens, rules);
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync();
        decision.RecordDecision(decidedOn, "", [consultation], Clerk, site.Clock.Now);
        await db.SaveChangesAsync();
        return consultation.Id;
    }
}
