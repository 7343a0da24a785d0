using Consultation.Core.Accounts;
using Consultation.Core.Adoption;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>
/// Puts consultations of <see cref="AfterSchoolDraft"/> into the shared site through the domain, at any stage of
/// adoption, so a test can look at a page without first clicking through everything before it. Each one is new and
/// has a title of its own: publishing a report marks a consultation 已反馈, which the demo ones must never become.
/// </summary>
public static class AdoptionArranger
{
    private static readonly Actor Editor = Person("arranger-editor", BackOfficeRoles.Editor);

    /// <summary>Open for comment since 10 days ago, for 30 days, pre-moderated, published through 三审.</summary>
    public static Task<ArrangedConsultation> OpenAsync(BrowserSite site) => CreateAsync(site, DateTimeOffset.UtcNow.AddDays(-10));

    /// <summary>
    /// Three weeks pass for <see cref="OpenAsync"/>'s consultation: its window and the comments received in it move 21
    /// days earlier, so the window closed yesterday and a report may be written — without the test waiting a month.
    /// </summary>
    public static async Task WindowClosesAsync(BrowserSite site, ArrangedConsultation arranged)
    {
        var shift = TimeSpan.FromDays(-21);
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var consultation = await db.Consultations.SingleAsync(c => c.Id == arranged.Id);
        var window = db.Entry(consultation).Reference(c => c.Window).TargetEntry!;
        foreach (var edge in new[] { nameof(ConsultationWindow.OpensAt), nameof(ConsultationWindow.ClosesAt) })
            window.Property(edge).CurrentValue = (DateTimeOffset)window.Property(edge).CurrentValue! + shift;
        foreach (var comment in await db.Comments.Where(c => c.ConsultationId == arranged.Id).ToListAsync())
            db.Entry(comment).Property(c => c.ReceivedAt).CurrentValue = comment.ReceivedAt + shift;
        await db.SaveChangesAsync();
    }

    /// <summary>Comments from other citizens, one a day from the opening day on; returns their ids.</summary>
    public static async Task<IReadOnlyList<long>> CommentAsync(BrowserSite site, ArrangedConsultation arranged,
        params (string? Clause, string Body)[] comments)
    {
        using var scope = site.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ConsultationDbContext>();
        var hasher = services.GetRequiredService<IReceiptHasher>();
        var rules = services.GetRequiredService<IOptions<ConsultationRules>>().Value;
        var consultation = await db.Consultations.SingleAsync(c => c.Id == arranged.Id);
        var made = comments.Select((c, day) => consultation.Receive(
                new CommentDraft(c.Clause, c.Body, null, null, null, false, Guid.NewGuid().ToString("N")),
                ReceiptCode.New(), hasher, SensitiveWordList.Empty, consultation.Window.OpensAt.AddDays(day).AddHours(2), rules))
            .ToList();
        db.Comments.AddRange(made);
        await db.SaveChangesAsync();
        return made.Select(c => c.Id).ToList();
    }

    /// <summary>
    /// Closed, with seven comments (two of them by letter and at a symposium) in two decided groups and one undecided
    /// group, one comment in no group, and a saved report: the grouping workbench half-way through.
    /// </summary>
    public static async Task<ArrangedConsultation> HalfwayAsync(BrowserSite site)
    {
        var arranged = await ClosedWithCommentsAsync(site);
        await OnWorkbenchAsync(site, arranged, async (workbench, reports, _, ids) =>
        {
            var longer = await workbench.CreateAsync(arranged.Id, "延长课后服务时间", [ids[0], ids[1], ids[5]]);
            await workbench.DecideAsync(arranged.Id, longer.Id, Disposition.PartlyAdopted,
                "结束时间调整为18:00；延时托管由学校根据家长需求提供，不统一规定时长。", "tiao-2");
            var voluntary = await workbench.CreateAsync(arranged.Id, "坚持家长自愿原则", [ids[2], ids[6]]);
            await workbench.DecideAsync(arranged.Id, voluntary.Id, Disposition.Adopted, null, null);
            await workbench.CreateAsync(arranged.Id, "明确收费标准", [ids[3]]);
            await reports.SaveAsync(arranged.Id, "", AfterSchoolDraft.FinalText, Editor);
        });
        return arranged;
    }

    /// <summary>Every comment grouped and decided, the report submitted: awaiting 初审.</summary>
    public static async Task<ArrangedConsultation> SubmittedAsync(BrowserSite site)
    {
        var arranged = await ClosedWithCommentsAsync(site);
        await OnWorkbenchAsync(site, arranged, (workbench, reports, review, ids) => DecideAllAndSubmitAsync(workbench, reports, review, arranged, ids));
        return arranged;
    }

    /// <summary>Through 初审, 复审 and 终审: the report and the redline are public.</summary>
    public static async Task<ArrangedConsultation> PublishedAsync(BrowserSite site)
    {
        var arranged = await ClosedWithCommentsAsync(site);
        await OnWorkbenchAsync(site, arranged, async (workbench, reports, review, ids) =>
        {
            await DecideAllAndSubmitAsync(workbench, reports, review, arranged, ids);
            foreach (var (name, role) in new[] { ("arranger-reviewer1", BackOfficeRoles.FirstReviewer),
                         ("arranger-reviewer2", BackOfficeRoles.SecondReviewer), ("arranger-reviewer3", BackOfficeRoles.FinalReviewer) })
                await review.MoveAsync(arranged.Id, ReviewMove.Approve, Person(name, role), null, null, default);
        });
        return arranged;
    }

    private static async Task DecideAllAndSubmitAsync(GroupingWorkbench workbench, FeedbackReportService reports,
        ReviewedKind review, ArrangedConsultation arranged, IReadOnlyList<long> ids)
    {
        var longer = await workbench.CreateAsync(arranged.Id, "延长课后服务时间，提供延时托管", [ids[0], ids[1], ids[5]]);
        await workbench.DecideAsync(arranged.Id, longer.Id, Disposition.PartlyAdopted,
            "结束时间调整为18:00；延时托管由学校根据家长需求提供，不统一规定时长。", "tiao-2");
        var voluntary = await workbench.CreateAsync(arranged.Id, "坚持家长自愿原则", [ids[2], ids[6]]);
        await workbench.DecideAsync(arranged.Id, voluntary.Id, Disposition.Adopted, null, null);
        var fees = await workbench.CreateAsync(arranged.Id, "明确课后服务收费标准", [ids[3]]);
        await workbench.DecideAsync(arranged.Id, fees.Id, Disposition.Adopted, null, "tiao-5");
        var dinner = await workbench.CreateAsync(arranged.Id, "由学校统一提供晚餐", [ids[4]]);
        await workbench.DecideAsync(arranged.Id, dinner.Id, Disposition.NotAdopted,
            "课后服务不含用餐，是否供餐由学校与家长委员会另行商定，不宜在本办法中统一规定。", null);
        await reports.SaveAsync(arranged.Id,
            "本办法征求意见期间共收到意见7条，经认真研究，采纳情况如下。", AfterSchoolDraft.FinalTextWithNewClause, Editor);
        await review.MoveAsync(arranged.Id, ReviewMove.Submit, Editor, null, null, default);
    }

    private static async Task<ArrangedConsultation> ClosedWithCommentsAsync(BrowserSite site)
    {
        var arranged = await CreateAsync(site, DateTimeOffset.UtcNow.AddDays(-40));
        await CommentAsync(site, arranged,
            ("tiao-2", "建议把课后服务结束时间延长到18:00，方便双职工家庭接孩子。"),
            ("tiao-2", "家长下班晚，希望学校能提供延时托管。"),
            ("tiao-3", "赞成坚持自愿原则，请明确不得把参加课后服务与评优挂钩。"),
            (null, "建议明确课后服务是否收费、收费标准由谁制定。"),
            ("tiao-2", "希望学校统一提供晚餐。"));
        await OfflineAsync(site, arranged,
            (CommentChannel.Letter, "tiao-2", "来信反映：农村学校校车发车时间早，建议课后服务时间因地制宜。"),
            (CommentChannel.Meeting, "tiao-3", "座谈会上家长代表一致认为应当坚持自愿参加。"));
        await DecideAsync(site, arranged);
        return arranged;
    }

    /// <summary>The decision was made today, after the window closed: the report's clock runs from here.</summary>
    private static async Task DecideAsync(BrowserSite site, ArrangedConsultation arranged)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var consultation = await db.Consultations.AsNoTracking().SingleAsync(c => c.Id == arranged.Id);
        var decision = await db.Decisions.SingleAsync(d => d.Id == consultation.DecisionId);
        decision.RecordDecision(Today, "", [consultation], Editor, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    private static async Task OfflineAsync(BrowserSite site, ArrangedConsultation arranged,
        params (CommentChannel Channel, string Clause, string Summary)[] comments)
    {
        using var scope = site.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ConsultationDbContext>();
        var hasher = services.GetRequiredService<IReceiptHasher>();
        var rules = services.GetRequiredService<IOptions<ConsultationRules>>().Value;
        var consultation = await db.Consultations.SingleAsync(c => c.Id == arranged.Id);
        var on = DateOnly.FromDateTime(consultation.Window.OpensAt.UtcDateTime).AddDays(comments.Length + 10);
        db.Comments.AddRange(comments.Select(c => consultation.RecordOffline(c.Channel, on, c.Summary, c.Clause, Editor,
            ReceiptCode.New(), hasher, DateTimeOffset.UtcNow, rules)));
        await db.SaveChangesAsync();
    }

    /// <summary>Runs <paramref name="steps"/> with the workbench, the report service and the ids of the comments, oldest first.</summary>
    private static async Task OnWorkbenchAsync(BrowserSite site, ArrangedConsultation arranged,
        Func<GroupingWorkbench, FeedbackReportService, ReviewedKind, IReadOnlyList<long>, Task> steps)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var ids = await db.Comments.Where(c => c.ConsultationId == arranged.Id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        await steps(scope.ServiceProvider.GetRequiredService<GroupingWorkbench>(),
            scope.ServiceProvider.GetRequiredService<FeedbackReportService>(),
            scope.ServiceProvider.GetRequiredService<ReviewKinds>().Find("report")!, ids);
    }

    private static async Task<ArrangedConsultation> CreateAsync(BrowserSite site, DateTimeOffset opens)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var decision = Decision.Create("制定《山东省中小学课后服务管理办法》", "基础教育处", 2026, true, "规范课后服务。", Editor);
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        var slug = $"after-school-{Guid.NewGuid():N}"[..21];
        var title = DemoConsultations.Unique(AfterSchoolDraft.Title);
        var consultation = PublicConsultation.Create(decision.Id, slug, title, AfterSchoolDraft.Text, "起草说明。",
            new ConsultationWindow(opens, opens.AddDays(30), null), ModerationMode.PreModeration, Editor);
        var rules = new ConsultationRules();
        consultation.AddInterpretation(InterpretationForm.Text, "《课后服务管理办法》解读", "解读正文。", Editor, opens);
        consultation.Submit(Editor, opens, rules);
        consultation.Approve(Person("arranger-reviewer1", BackOfficeRoles.FirstReviewer), opens, rules);
        consultation.Approve(Person("arranger-reviewer2", BackOfficeRoles.SecondReviewer), opens, rules);
        consultation.Approve(Person("arranger-reviewer3", BackOfficeRoles.FinalReviewer), opens, rules);
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync();
        return new ArrangedConsultation(consultation.Id, slug, title);
    }

    /// <summary>The decision was made today (Asia/Shanghai), so the report is never overdue while the test looks at it.</summary>
    private static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static Actor Person(string id, string role) => new(id, id, new HashSet<string> { role });
}
