using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Adoption;

/// <summary>
/// From a citizen's comment to the answer on their receipt: the editor groups the comments and records how each
/// opinion was handled; once the window has closed and the decision is recorded, writes the report with the final
/// text, 初审, 复审 and 终审 approve it, and the citizen, the public report and the redline all show the outcome. Runs
/// on a consultation of its own (publishing marks it 已反馈).
/// </summary>
public sealed class AdoptionJourney(BrowserSite site) : BrowserTest(site)
{
    private const string Longer = "延长课后服务时间";
    private const string Voluntary = "坚持家长自愿原则";
    private const string Reason = "结束时间调整为18:00；延时托管由学校根据家长需求提供，不统一规定时长。";
    private const string Childcare = "家长下班晚，希望学校能提供延时托管。";
    private const string NoPressure = "赞成坚持自愿原则，请明确不得把参加课后服务与评优挂钩。";

    [Fact]
    public async Task Grouped_decided_and_approved_by_three_reviewers_the_report_answers_the_citizens_receipt()
    {
        var consultation = await AdoptionArranger.OpenAsync(Site);
        await AdoptionArranger.CommentAsync(Site, consultation, ("tiao-2", Childcare), ("tiao-3", NoPressure));
        var citizen = new Citizen(Page);
        var mine = DemoConsultations.Unique("建议把课后服务结束时间延长到18:00，方便双职工家庭接孩子");
        await citizen.OpenDraftAsync(consultation.Slug, consultation.Title);
        await citizen.CommentOnClauseAsync("第二条");
        var code = await citizen.SubmitAsync(mine);

        await using (var editor = await Site.SignInAsync(Newsroom.Editor))
        {
            await editor.PublishCommentAsync(consultation.Title, mine);
            await editor.OpenWorkbenchAsync(consultation.Title);
            await editor.CreateGroupAsync(Longer, mine, Childcare);
            await editor.CreateGroupAsync(Voluntary, NoPressure);
            await Expect(editor.Unassigned().GetByRole(AriaRole.Heading)).ToHaveTextAsync("未归类的意见（0 条）");
            await editor.DecideAsync(Longer, "部分采纳", Reason, changedClause: "第二条");
            await editor.DecideAsync(Voluntary, "采纳");
            await Expect(editor.Page.Locator("#readiness")).ToContainTextAsync("未归类意见 0 条，待定采纳情况的集中意见 0 个");

            await AdoptionArranger.WindowClosesAsync(Site, consultation);
            await editor.OpenReportFromWorkbenchAsync(consultation.Title);
            await editor.RecordDecisionAsync(Today());
            await editor.SaveReportAsync(AfterSchoolDraft.FinalText);
            await editor.SubmitReportAsync();
        }
        foreach (var (reviewer, after) in new[]
                 {
                     (Newsroom.FirstReviewer, "待复审"), (Newsroom.SecondReviewer, "待终审"), (Newsroom.FinalReviewer, "已公布"),
                 })
        {
            await using var session = await Site.SignInAsync(reviewer);
            await session.ApproveReportAsync(consultation.Title, after);
        }

        await citizen.LookUpReceiptAsync(code);
        await Expect(citizen.ReceiptStatus).ToHaveTextAsync("已答复");
        await Expect(Page.Locator("#receipt-group")).ToHaveTextAsync(Longer);
        await Expect(Page.Locator("#receipt-disposition")).ToHaveTextAsync("部分采纳");
        await Expect(Page.Locator(".receipt")).ToContainTextAsync(Reason);

        await Page.GetByRole(AriaRole.Link, new() { Name = "意见采纳情况", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"《{consultation.Title}》公众意见收集和采纳情况");
        await Expect(Page.Locator("#report-total")).ToHaveTextAsync("共 3 条（网上 3 条，线下 0 条）");
        var longer = Page.GetByRole(AriaRole.Region, new() { Name = Longer, Exact = true });
        await Expect(longer.Locator(".group-facts")).ToContainTextAsync("部分采纳");
        await Expect(longer.Locator(".group-facts")).ToContainTextAsync("涉及意见 2 条");
        await Expect(longer).ToContainTextAsync(Reason);
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = Voluntary, Exact = true }).Locator(".badge")).ToHaveTextAsync("采纳");

        await Page.GetByRole(AriaRole.Link, new() { Name = "查看草案与正式文本对照" }).ClickAsync();
        var second = Page.GetByRole(AriaRole.Region, new() { Name = "第二条 已修改", Exact = true });
        var inserted = second.Locator("ins").Filter(new() { HasText = AfterSchoolDraft.InsertedWords });
        await Expect(inserted.Locator(".visually-hidden")).ToHaveTextAsync(["［插入开始］", "［结束］"]);
        await Expect(second.Locator("del").First).ToContainTextAsync("［删除开始］");
        await Expect(second.Locator(".redline-causes").GetByRole(AriaRole.Link)).ToHaveTextAsync(Longer);
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "第一条 未修改", Exact = true }).Locator("ins, del")).ToHaveCountAsync(0);

        await citizen.OpenDraftAsync(consultation.Slug, consultation.Title);
        await Expect(Page.Locator(".consultation-meta .badge")).ToHaveTextAsync("已反馈");
    }

    /// <summary>Today in Asia/Shanghai, as the date field takes it.</summary>
    private static string Today() =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
