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
                actors[role] = new Actor(user!.Id, userName, new HashSet<string> { role });
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
        WorkPointProgressSeed.Apply(workPoints, actors[BackOfficeRoles.Editor], Core.ShanghaiTime.DayOf(now));
        db.WorkPoints.AddRange(workPoints);

        foreach (var seed in SeedFiles.Articles())
        {
            var column = db.Columns.Local.Single(c => c.Slug == seed.Column);
            var content = new ArticleContent(seed.Title, seed.Body, seed.Metadata.ToMetadata());
            var article = Article.Create(column.Id, content, actors[BackOfficeRoles.Editor], now);
            article.AttachWorkPlan(seed.WorkPlanYear);
            article.Submit(actors[BackOfficeRoles.Editor], now);
            article.Approve(actors[BackOfficeRoles.FirstReviewer], now);
            article.Approve(actors[BackOfficeRoles.SecondReviewer], now);
            article.Approve(actors[BackOfficeRoles.FinalReviewer], now);
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
        await SeedPolicyAsync(actors, now, ct);
        await DisclosureDemoSeed.AddAsync(db, receipts, actors, now, ct);
    }

    /// <summary>One open consultation with interpretations and a few public comments, passed through 三审 like real ones.</summary>
    private async Task<PublicConsultation> SeedConsultationAsync(ConsultationSeed seed, IReadOnlyDictionary<string, Actor> actors,
        DateTimeOffset now, CancellationToken ct)
    {
        var editor = actors[BackOfficeRoles.Editor];
        var decision = Decision.Create(seed.Decision.Title, seed.Decision.Department, seed.Decision.Year,
            seed.Decision.InCatalog, seed.Decision.Background);
        db.Decisions.Add(decision);
        await db.SaveChangesAsync(ct);

        var opens = seed.Consultation.OpensAt(now);
        var window = ConsultationWindow.Create(opens, opens.AddDays(seed.Consultation.WindowDays), null, rules.Value);
        var consultation = PublicConsultation.Create(decision.Id, seed.Consultation.Slug, seed.Consultation.Title,
            seed.Consultation.Draft, seed.Consultation.Explanation, window, ModerationMode.PreModeration, editor);
        foreach (var i in seed.Interpretations) consultation.AddInterpretation(i.Form, i.Title, i.Body, editor);
        consultation.Submit(editor, opens);
        consultation.Approve(actors[BackOfficeRoles.FirstReviewer], opens);
        consultation.Approve(actors[BackOfficeRoles.SecondReviewer], opens);
        consultation.Approve(actors[BackOfficeRoles.FinalReviewer], opens);
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync(ct);
        if (decision.InCatalog) SeedCatalogEntry(decision, consultation);

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
    private void SeedCatalogEntry(Decision decision, PublicConsultation consultation)
    {
        var entry = CatalogEntry.Create(decision.Year, decision.Id, decision.Department, $"{decision.Year}年");
        entry.Link(CatalogSlot.Draft, new SiteRecord(SiteRecordKind.Consultation, consultation.Id).ToString());
        entry.Link(CatalogSlot.Explanation, new SiteRecord(SiteRecordKind.Consultation, consultation.Id).ToString());
        entry.Link(CatalogSlot.Background, new SiteRecord(SiteRecordKind.Decision, decision.Id).ToString());
        entry.ChangeStatus(CatalogStatus.Consulting, null, meetingHeld: false);
        db.CatalogEntries.Add(entry);
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
}
