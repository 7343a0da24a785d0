using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Catalog;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Core.Content;
using Consultation.Core.Policies;
using Consultation.Core.WorkPoints;
using Consultation.Infrastructure.Accounts;
using Consultation.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Seeding;

/// <summary>
/// First run: creates the roles and an administrator with a random password. In demo mode it also creates one
/// account per role and the notice's columns, task table and articles — the articles pass the real 三审 so the audit
/// log shows a complete walk from the start.
/// </summary>
public sealed class DemoSeeder(
    ConsultationDbContext db,
    UserManager<BackOfficeUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<SeedOptions> options,
    ICredentialsAnnouncer announcer,
    IReceiptHasher receipts,
    IOptions<ConsultationRules> rules,
    DecidedConsultationSeeder decided,
    TimeProvider clock)
{
    private static readonly (string UserName, string Display, string Role)[] DemoAccounts =
    [
        ("editor", "演示编辑", BackOfficeRoles.Editor),
        ("reviewer1", "演示初审", BackOfficeRoles.FirstReviewer),
        ("reviewer2", "演示复审", BackOfficeRoles.SecondReviewer),
        ("reviewer3", "演示终审", BackOfficeRoles.FinalReviewer),
        ("auditor", "演示审计", BackOfficeRoles.Auditor),
    ];

    /// <summary>Runs in one transaction: a failed first run leaves nothing half-made and announces nothing.</summary>
    public async Task SeedAsync(CancellationToken ct = default)
    {
        // The receipt key is created in its own unit of work; do it before this transaction takes the write lock.
        receipts.Hash("warm-up");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var role in BackOfficeRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
        }

        var created = new List<GeneratedCredential>();
        if ((await users.GetUsersInRoleAsync(BackOfficeRoles.Administrator)).Count == 0)
            created.Add(await CreateUserAsync(options.Value.AdministratorUserName, "系统管理员", BackOfficeRoles.Administrator));

        if (options.Value.DemoData && !await db.Columns.AnyAsync(ct))
        {
            var actors = new Dictionary<string, Actor>();
            foreach (var (userName, display, role) in DemoAccounts)
            {
                var existing = await users.FindByNameAsync(userName);
                if (existing is null) created.Add(await CreateUserAsync(userName, display, role));
                var user = existing ?? await users.FindByNameAsync(userName);
                actors[role] = new Actor(user!.Id, user.DisplayName.Length > 0 ? user.DisplayName : userName, new HashSet<string> { role });
            }
            await SeedContentAsync(actors, ct);
        }

        await transaction.CommitAsync(ct);
        if (created.Count > 0) announcer.Announce(created);
    }

    private async Task SeedContentAsync(IReadOnlyDictionary<string, Actor> actors, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var order = 0;
        foreach (var seed in SeedFiles.Columns())
        {
            var parentId = seed.Parent is null ? (int?)null : db.Columns.Local.Single(c => c.Slug == seed.Parent).Id;
            var column = Column.Create(seed.Slug, seed.Name, seed.NameEn, parentId, order += 10);
            column.ChangeUpdateCycle(seed.UpdateCycle);
            db.Columns.Add(column);
            await db.SaveChangesAsync(ct);
        }

        var sort = 0;
        var workPoints = SeedFiles.WorkPoints2023()
            .Select(row => WorkPoint.Create(2023, sort += 10, row.Area, row.Requirement, row.Assignment)).ToList();
        WorkPointProgressSeed.Apply(workPoints, actors, Core.ShanghaiTime.DayOf(now));
        db.WorkPoints.AddRange(workPoints);

        var indexNumbers = SeedFiles.Articles().Select(a => a.Metadata.IndexNumber).ToList();
        foreach (var seed in SeedFiles.Articles())
        {
            var column = db.Columns.Local.Single(c => c.Slug == seed.Column);
            // Published on the day its metadata says (at 09:00), not when the demo was installed.
            var at = seed.Metadata.PublishedOn is { } on && ShanghaiTime.At(on, new TimeOnly(9, 0)) < now
                ? ShanghaiTime.At(on, new TimeOnly(9, 0)) : now;
            var content = IndexNumberScheme.Filled(new ArticleContent(seed.Title, seed.Body, seed.Metadata.ToMetadata()),
                () => Taken(indexNumbers, IndexNumberScheme.Next(ShanghaiTime.DayOf(at).Year, indexNumbers)));
            var article = Article.Create(column.Id, content, actors[BackOfficeRoles.Editor], at.AddHours(-2));
            article.AttachWorkPlan(seed.WorkPlanYear);
            article.Submit(actors[BackOfficeRoles.Editor], at.AddHours(-2));
            article.Approve(actors[BackOfficeRoles.FirstReviewer], at.AddHours(-1.5));
            article.Approve(actors[BackOfficeRoles.SecondReviewer], at.AddHours(-1));
            article.Approve(actors[BackOfficeRoles.FinalReviewer], at);
            db.Articles.Add(article);
        }
        await db.SaveChangesAsync(ct);
        foreach (var seed in SeedFiles.DemoConsultations())
        {
            var consultation = await SeedConsultationAsync(seed, actors, now, ct);
            if (seed.Adoption is { } adoption) await decided.SeedAsync(consultation, adoption, actors, now, ct);
        }
        var closed = db.Consultations.Local.Single(c => c.Slug == "policy-interpretation-measures");
        await MeetingDemoSeed.SeedAsync(db, closed.DecisionId, MeetingDemoSeed.PolicyInterpretation(now), actors, now, ct);
        await RecordRecentDecisionAsync(closed, actors, now, ct);
        await SeedPolicyAsync(actors, now, ct);
        await DisclosureDemoSeed.AddAsync(db, receipts, actors, now, ct);
    }

    /// <summary>One open consultation with interpretations and a few public comments, passed through 三审 like real ones.</summary>
    internal async Task<PublicConsultation> SeedConsultationAsync(ConsultationSeed seed, IReadOnlyDictionary<string, Actor> actors,
        DateTimeOffset now, CancellationToken ct)
    {
        var editor = actors[BackOfficeRoles.Editor];
        var opens = seed.Consultation.OpensAt(now);
        // Written and reviewed in the days before the window opened; the decision's background passed 三审 first.
        var written = opens.AddDays(-3);
        var decision = Decision.Create(seed.Decision.Title, seed.Decision.Department, seed.Decision.Year,
            seed.Decision.InCatalog, seed.Decision.Background, editor);
        decision.Submit(editor, written);
        foreach (var (role, hours) in Reviewers) decision.Approve(actors[role], written.AddHours(hours));
        db.Decisions.Add(decision);
        await db.SaveChangesAsync(ct);

        var window = ConsultationWindow.Create(opens, opens.AddDays(seed.Consultation.WindowDays), null, rules.Value);
        var consultation = PublicConsultation.Create(decision.Id, seed.Consultation.Slug, seed.Consultation.Title,
            seed.Consultation.Draft, seed.Consultation.Explanation, window, ModerationMode.PreModeration, editor);
        foreach (var i in seed.Interpretations) consultation.AddInterpretation(i.Form, i.Title, i.Body, editor, written);
        var reviewed = opens.AddDays(-1);
        consultation.Submit(editor, reviewed, rules.Value);
        foreach (var (role, hours) in Reviewers) consultation.Approve(actors[role], reviewed.AddHours(hours), rules.Value);
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync(ct);
        if (decision.InCatalog) SeedCatalogEntry(decision, consultation, actors, reviewed.AddHours(4));

        // Comments arrive while the window is open, spread evenly over the part of it already past: never in the future.
        var until = window.ClosesAt < now ? window.ClosesAt : now;
        var step = (until - opens) / (seed.Comments.Count + 1);
        var index = 0;
        foreach (var part in seed.Comments)
        {
            var at = opens + step * ++index;
            var comment = consultation.Receive(part.ToDraft(index), ReceiptCode.New(), receipts, SensitiveWordList.Empty,
                at, rules.Value);
            comment.Publish(editor, at);
            db.Comments.Add(comment);
        }
        await db.SaveChangesAsync(ct);
        return consultation;
    }

    /// <summary>初审, 复审 and 终审 an hour apart each, as a review day goes.</summary>
    private static readonly (string Role, int Hours)[] Reviewers =
        [(BackOfficeRoles.FirstReviewer, 1), (BackOfficeRoles.SecondReviewer, 2), (BackOfficeRoles.FinalReviewer, 3)];

    /// <summary>
    /// The closed consultation was decided five days ago: its adoption report is due within the legal working days and
    /// shows on the dashboard's clock, though nobody has started the report yet.
    /// </summary>
    private async Task RecordRecentDecisionAsync(PublicConsultation consultation, IReadOnlyDictionary<string, Actor> actors,
        DateTimeOffset now, CancellationToken ct)
    {
        var decision = await db.Decisions.SingleAsync(d => d.Id == consultation.DecisionId, ct);
        var decidedOn = ShanghaiTime.DayOf(now).AddDays(-5);
        if (decidedOn < ShanghaiTime.DayOf(consultation.Window.ClosesAt)) return;
        decision.RecordDecision(decidedOn, "", [consultation], actors[BackOfficeRoles.Editor],
            ShanghaiTime.At(decidedOn, new TimeOnly(17, 0)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A published policy with a text and a Q&amp;A interpretation (三同步), passed through 三审.</summary>
    private async Task SeedPolicyAsync(IReadOnlyDictionary<string, Actor> actors, DateTimeOffset now, CancellationToken ct)
    {
        var editor = actors[BackOfficeRoles.Editor];
        var policy = PolicyDocument.Create("山东省教育厅关于进一步做好政务公开工作的通知", "鲁教办字〔2026〕1号",
            "各市教育局、各高等学校：\n\n为落实政务公开工作要点，现就有关事项通知如下。", editor);
        policy.AddInterpretation(InterpretationForm.Text, "《关于进一步做好政务公开工作的通知》政策解读",
            "一、起草背景\n\n二、主要内容", editor);
        policy.AddInterpretation(InterpretationForm.QuestionsAndAnswers, "一图读懂与简明问答",
            "问：哪些单位适用？\n\n答：全省各级教育行政部门和高等学校。", editor);
        policy.Submit(editor, 2, now);
        policy.Approve(actors[BackOfficeRoles.FirstReviewer], 2, now);
        policy.Approve(actors[BackOfficeRoles.SecondReviewer], 2, now);
        policy.Approve(actors[BackOfficeRoles.FinalReviewer], 2, now);
        db.PolicyDocuments.Add(policy);
        await db.SaveChangesAsync(ct);
        await EvaluationSeed.AddAsync(db, policy, actors, now, ct);
    }

    /// <summary>The decision's line in its year's 目录, out for comment, linking the draft, explanation and background.</summary>
    private void SeedCatalogEntry(Decision decision, PublicConsultation consultation,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset at)
    {
        var editor = actors[BackOfficeRoles.Editor];
        var entry = CatalogEntry.Create(decision.Year, decision.Id, decision.Department, $"{decision.Year}年", editor);
        entry.Link(CatalogSlot.Draft, new SiteRecord(SiteRecordKind.Consultation, consultation.Id).ToString());
        entry.Link(CatalogSlot.Explanation, new SiteRecord(SiteRecordKind.Consultation, consultation.Id).ToString());
        entry.Link(CatalogSlot.Background, new SiteRecord(SiteRecordKind.Decision, decision.Id).ToString());
        entry.ChangeStatus(CatalogStatus.Consulting, null, meetingHeld: false);
        PassReview(entry, actors, at);
        db.CatalogEntries.Add(entry);
    }

    /// <summary>A catalog line written and passed through 三审 at <paramref name="at"/>.</summary>
    internal static void PassReview(CatalogEntry entry, IReadOnlyDictionary<string, Actor> actors, DateTimeOffset at)
    {
        entry.Revised(actors[BackOfficeRoles.Editor], at);
        entry.Submit(actors[BackOfficeRoles.Editor], at);
        foreach (var (role, hours) in Reviewers) entry.Approve(actors[role], at.AddHours(hours));
    }

    private async Task<GeneratedCredential> CreateUserAsync(string userName, string displayName, string role)
    {
        var password = PasswordGenerator.Generate();
        var user = new BackOfficeUser { UserName = userName, DisplayName = displayName };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return new GeneratedCredential(userName, role, password);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private static string Taken(List<string> taken, string indexNumber)
    {
        taken.Add(indexNumber);
        return indexNumber;
    }
}
