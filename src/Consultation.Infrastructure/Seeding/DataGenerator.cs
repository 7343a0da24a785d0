using System.Diagnostics;
using System.Globalization;
using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Core.Content;
using Consultation.Core.Policies;
using Consultation.Infrastructure.Accounts;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Policies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Seeding;

/// <summary>
/// Fills the database with a large, realistic data set for benchmarks and trials (<c>--generate-data</c>), on top of
/// the first-run demo data whose accounts it acts as. Everything public passes 三审 and moderation through the entity
/// verbs, so audit rows and outbox messages are what real use would leave. The consultations go through the demo's
/// own seeding path; the many comments and documents are written in batches, each in a fresh context with change
/// detection off and saved in one transaction, so memory stays flat and 100,000 comments take seconds, not hours.
/// </summary>
public sealed class DataGenerator(IServiceScopeFactory scopes, IOptions<ConsultationRules> rules,
    IOptions<PolicyOptions> policies, IReceiptHasher receipts, TimeProvider clock)
{
    private static readonly string[] ReviewRoles =
        [BackOfficeRoles.Editor, BackOfficeRoles.FirstReviewer, BackOfficeRoles.SecondReviewer, BackOfficeRoles.FinalReviewer];

    /// <summary>Adds the plan's data and reports each stage's size and time through <paramref name="progress"/>.</summary>
    public async Task GenerateAsync(DataGenerationPlan plan, Action<string> progress, CancellationToken ct = default)
    {
        plan.Validate();
        var corpus = new GeneratedCorpus(plan.Seed);
        var now = clock.GetUtcNow();
        var actors = await ActorsAsync(plan, ct);
        var watch = Stopwatch.StartNew();
        var seeds = corpus.Consultations(plan.Consultations, plan.Decided, ShanghaiTime.DayOf(now).Year);
        await AddConsultationsAsync(seeds, plan.Decided, actors, now, ct);
        progress($"{seeds.Count} consultations ({plan.Decided} decided, with groups, meeting, report and result) in {watch.Elapsed.TotalSeconds:F1} s");

        watch.Restart();
        var target = seeds[^1].Consultation.Slug;
        var count = await AddCommentsAsync(corpus, plan, target, actors, now, progress, ct);
        progress($"{count} comments on /consultations/{target} in {watch.Elapsed.TotalSeconds:F1} s");

        watch.Restart();
        await AddDocumentsAsync(corpus, plan, actors, now, ct);
        progress($"{plan.Documents} documents in {watch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>The demo accounts of the four 三审 roles; generating twice with one seed would repeat the slugs, so it is refused.</summary>
    private async Task<IReadOnlyDictionary<string, Actor>> ActorsAsync(DataGenerationPlan plan, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var prefix = $"gen-{plan.Seed.ToString(CultureInfo.InvariantCulture)}-";
        if (await db.Consultations.AnyAsync(c => c.Slug.StartsWith(prefix), ct))
            throw new InvalidOperationException($"This database already holds data generated with seed {plan.Seed}.");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var actors = new Dictionary<string, Actor>();
        foreach (var role in ReviewRoles)
        {
            var user = (await users.GetUsersInRoleAsync(role)).OrderBy(u => u.UserName, StringComparer.Ordinal).FirstOrDefault()
                       ?? throw new InvalidOperationException($"No account in role {role}: run the site once with Seed:DemoData=true first.");
            actors[role] = new Actor(user.Id, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName!, new HashSet<string> { role });
        }
        return actors;
    }

    private async Task AddConsultationsAsync(IReadOnlyList<ConsultationSeed> seeds, int decided,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset now, CancellationToken ct)
    {
        for (var i = 0; i < seeds.Count; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var demo = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            var consultation = await demo.SeedConsultationAsync(seeds[i], actors, now, ct);
            if (i >= decided || seeds[i].Adoption is not { } adoption) continue;
            // Decided three weeks after the window closed; everything after it falls inside the legal working days.
            var decidedOn = ShanghaiTime.DayOf(consultation.Window.ClosesAt).AddDays(21);
            await scope.ServiceProvider.GetRequiredService<DecidedConsultationSeeder>()
                .SeedAsync(consultation, adoption with { DecidedOn = decidedOn }, actors, now, ct);
        }
    }

    /// <summary>Comments arrive spread over the open part of the window; each is published (or refused) by the editor within the hour.</summary>
    private async Task<int> AddCommentsAsync(GeneratedCorpus corpus, DataGenerationPlan plan, string slug,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset now, Action<string> progress, CancellationToken ct)
    {
        PublicConsultation consultation;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            consultation = await db.Consultations.AsNoTracking().SingleAsync(c => c.Slug == slug, ct);
        }
        var clauses = consultation.Clauses;
        var subject = corpus.SubjectOf(plan.Consultations - 1);
        var editor = actors[BackOfficeRoles.Editor];
        var step = (now.AddHours(-1) - consultation.Window.OpensAt) / (plan.Comments + 1);
        var written = 0;
        foreach (var batch in corpus.Comments(plan.Comments, subject, clauses.Count).Chunk(plan.BatchSize))
        {
            await SaveBatchAsync(db =>
            {
                foreach (var generated in batch)
                {
                    var at = consultation.Window.OpensAt + step * ++written;
                    var draft = new CommentDraft(generated.Clause is { } c ? clauses[c].Anchor : null, generated.Body,
                        generated.Name, null, null, generated.PublishName,
                        $"gen-{written.ToString("D6", CultureInfo.InvariantCulture)}");
                    var comment = consultation.Receive(draft, generated.ReceiptCode, receipts, SensitiveWordList.Empty, at, rules.Value);
                    if (generated.Refused) comment.Refuse("与本草案无关", editor, at.AddMinutes(30));
                    else comment.Publish(editor, at.AddMinutes(30));
                    db.Comments.Add(comment);
                }
            }, ct);
            if (written % 20000 < plan.BatchSize) progress($"  {written} comments");
        }
        return written;
    }

    /// <summary>Articles in the notice columns and, every tenth, a policy with its text and Q&amp;A interpretations.</summary>
    private async Task AddDocumentsAsync(GeneratedCorpus corpus, DataGenerationPlan plan,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset now, CancellationToken ct)
    {
        int[] columns;
        var lastIndexNumber = new Dictionary<int, int>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var parents = await db.Columns.Where(c => c.ParentId != null).Select(c => c.ParentId!.Value).ToListAsync(ct);
            columns = await db.Columns.Where(c => !parents.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.Id).ToArrayAsync(ct);
            foreach (var number in await db.ArticleVersions.Select(v => v.Metadata.IndexNumber).ToListAsync(ct))
            {
                if (IndexNumberOf(number) is not { } parsed) continue;
                lastIndexNumber[parsed.Year] = Math.Max(lastIndexNumber.GetValueOrDefault(parsed.Year), parsed.Sequence);
            }
        }
        var index = 0;
        foreach (var batch in corpus.Documents(plan.Documents, ShanghaiTime.DayOf(now).Year).Chunk(plan.BatchSize))
        {
            await SaveBatchAsync(db =>
            {
                foreach (var document in batch)
                {
                    var at = ShanghaiTime.At(ShanghaiTime.DayOf(now).AddDays(-document.DaysAgo), new TimeOnly(10, 0));
                    if (document.IsPolicy) db.PolicyDocuments.Add(Policy(document, actors, at));
                    else
                    {
                        var year = ShanghaiTime.DayOf(at).Year;
                        var sequence = lastIndexNumber[year] = lastIndexNumber.GetValueOrDefault(year) + 1;
                        db.Articles.Add(Article(document, columns[index++ % columns.Length],
                            IndexNumberScheme.PrefixOf(year) + sequence.ToString("00000", CultureInfo.InvariantCulture), actors, at));
                    }
                }
            }, ct);
        }
    }

    private static Article Article(GeneratedDocument document, int columnId, string indexNumber,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset at)
    {
        var day = ShanghaiTime.DayOf(at);
        var metadata = new DocumentMetadata(indexNumber, "山东省教育厅", document.DocumentNumber, day.AddDays(-2), day,
            document.Subject, Validity.Effective);
        var article = Core.Content.Article.Create(columnId, new ArticleContent(document.Title, document.Body, metadata),
            actors[BackOfficeRoles.Editor], at.AddHours(-3));
        article.Submit(actors[BackOfficeRoles.Editor], at.AddHours(-3));
        foreach (var role in ReviewRoles.Skip(1)) article.Approve(actors[role], at);
        return article;
    }

    private PolicyDocument Policy(GeneratedDocument document, IReadOnlyDictionary<string, Actor> actors, DateTimeOffset at)
    {
        var editor = actors[BackOfficeRoles.Editor];
        var policy = PolicyDocument.Create(document.Title, document.DocumentNumber, document.Body, editor);
        policy.AddInterpretation(InterpretationForm.Text, $"《{document.Title}》政策解读",
            $"一、出台背景\n\n为推进{document.Subject}工作，我厅制定了本文件。\n\n二、主要内容\n\n明确了{document.Subject}的目标、任务和保障措施。", editor);
        policy.AddInterpretation(InterpretationForm.QuestionsAndAnswers, $"{document.Subject}简明问答",
            $"问：{document.Subject}有哪些新要求？\n\n答：请见文件第二部分。", editor);
        var minimum = policies.Value.MinimumInterpretationForms;
        policy.Submit(editor, minimum, at.AddHours(-3));
        foreach (var role in ReviewRoles.Skip(1)) policy.Approve(actors[role], minimum, at);
        return policy;
    }

    /// <summary>One batch in a fresh context, change detection off, saved (with its audit and outbox rows) in one transaction.</summary>
    private async Task SaveBatchAsync(Action<ConsultationDbContext> add, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        add(db);
        await db.SaveChangesAsync(ct);
    }

    private static (int Year, int Sequence)? IndexNumberOf(string indexNumber)
    {
        var parts = indexNumber.Split('/', '-');
        return parts.Length == 3 && parts[0] == IndexNumberScheme.Organisation
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
               && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? (year, sequence) : null;
    }
}
