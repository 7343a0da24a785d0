using System.Net;
using Consultation.Core.Accounts;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Consultations;

/// <summary>A decision's background is public only through 三审; recording the decision starts the report clock.</summary>
public abstract class DecisionsBehaviour(SiteFixture site)
{
    private readonly ConsultationSteps _steps = new(site);

    [SkippableFact]
    public async Task A_decision_page_is_a_404_until_its_background_passes_review_and_a_revision_waits_for_its_own()
    {
        var id = await NewDecisionAsync("初版决策背景：规范课后服务。");
        var visitor = site.NewBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/decisions/{id}")).Response.StatusCode);
        var page = $"/admin/decisions/{id}";
        await PassAsync(page);
        Assert.Contains("初版决策背景", (await visitor.GetAsync($"/decisions/{id}")).Page.Text());

        var editor = await site.SignInAsync("editor");
        await editor.PostFieldsAsync(page, $"{page}/background", ("background", "修订后的决策背景。"));

        var (_, during) = await visitor.GetAsync($"/decisions/{id}");
        Assert.Contains("初版决策背景", during.Text());
        Assert.DoesNotContain("修订后的决策背景", during.Text());
        await PassAsync(page);
        Assert.Contains("修订后的决策背景", (await visitor.GetAsync($"/decisions/{id}")).Page.Text());
    }

    [SkippableFact]
    public async Task A_recorded_decision_is_on_the_dashboard_with_its_working_days_left_before_any_report_is_drafted()
    {
        var consultation = await ClosedAsync();
        var editor = await site.SignInAsync("editor");
        var decidedOn = Consultation.Core.ShanghaiTime.DayOf(DateTimeOffset.UtcNow);
        var page = $"/admin/decisions/{consultation.DecisionId}";

        var recorded = await editor.PostFieldsAsync(page, $"{page}/record",
            ("decidedOn", decidedOn.ToString("yyyy-MM-dd")), ("documentNumber", "鲁教办字〔2026〕50号"));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var (_, dashboard) = await editor.GetAsync("/admin");
        var row = dashboard.QuerySelectorAll("#due-reports tbody tr")
            .Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/admin/consultations/{consultation.Id}/report");
        Assert.Contains("10 个工作日", row.QuerySelector(".days-left")!.TextContent);
        Assert.Contains("尚未起草", row.TextContent);
    }

    [SkippableFact]
    public async Task A_decision_cannot_be_dated_before_its_consultation_closed()
    {
        var consultation = await _steps.PublishedAsync();
        var editor = await site.SignInAsync("editor");
        var page = $"/admin/decisions/{consultation.DecisionId}";

        var refused = await editor.PostFieldsAsync(page, $"{page}/record",
            ("decidedOn", Consultation.Core.ShanghaiTime.DayOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd")));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("须在征求意见结束后作出决策", (await Browser.ParseAsync(refused)).Text());
    }

    [SkippableFact]
    public async Task An_open_due_date_follows_a_holiday_added_to_the_calendar_afterwards()
    {
        var consultation = await ClosedAsync();
        var editor = await site.SignInAsync("editor");
        var decidedOn = Consultation.Core.ShanghaiTime.DayOf(DateTimeOffset.UtcNow);
        var page = $"/admin/decisions/{consultation.DecisionId}";
        await editor.PostFieldsAsync(page, $"{page}/record", ("decidedOn", decidedOn.ToString("yyyy-MM-dd")));
        var before = await DueOnAsync(editor, consultation.Id);

        using (var scope = site.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendarProvider>().GetAsync();
            var firstWorkingDay = calendar.AddWorkingDays(decidedOn, 1);
            db.CalendarDays.Add(CalendarDay.Create(firstWorkingDay, CalendarDayKind.Holiday, "测试增加的假日"));
            await db.SaveChangesAsync();
            scope.ServiceProvider.GetRequiredService<WorkingCalendarProvider>().Invalidate();
        }

        Assert.True(string.CompareOrdinal(await DueOnAsync(editor, consultation.Id), before) > 0);
    }

    private async Task<string> DueOnAsync(Browser editor, int consultationId) =>
        (await editor.GetAsync($"/admin/consultations/{consultationId}/report")).Page.QuerySelector("#due-on")!.TextContent[..10];

    private async Task<int> NewDecisionAsync(string background)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var decision = Decision.Create("测试决策事项", "基础教育处", 2026, true, background,
            new Actor("d-editor", "编辑乙", new HashSet<string> { BackOfficeRoles.Editor }));
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        return decision.Id;
    }

    /// <summary>A consultation that ran for 30 days and closed ten days ago.</summary>
    private async Task<PublicConsultation> ClosedAsync()
    {
        var opens = DateTimeOffset.UtcNow.AddDays(-40);
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, opens, opens.AddDays(30));
        using var scope = site.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().Consultations.AsNoTracking()
            .SingleAsync(c => c.Slug == slug);
    }

    private async Task PassAsync(string page)
    {
        var editor = await site.SignInAsync("editor");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFieldsAsync(page, ReviewUrl.For(page, "submit"))).StatusCode);
        foreach (var reviewer in new[] { "reviewer1", "reviewer2", "reviewer3" })
            Assert.Equal(HttpStatusCode.Redirect, (await (await site.SignInAsync(reviewer)).PostFieldsAsync(page, ReviewUrl.For(page, "approve"))).StatusCode);
    }
}
