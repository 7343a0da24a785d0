using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Evaluations;
using Consultation.Core.Policies;
using Consultation.Infrastructure.Database;

namespace Consultation.Infrastructure.Seeding;

/// <summary>
/// Two evaluations of the demo policy for the current year: one passed through the real 三审 and public, one still a
/// draft, so the dashboard opens on "1 of 2" and the public page has something to show.
/// </summary>
internal static class EvaluationSeed
{
    public static async Task AddAsync(ConsultationDbContext db, PolicyDocument policy,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset now, CancellationToken ct)
    {
        var editor = actors[BackOfficeRoles.Editor];
        var today = ShanghaiTime.DayOf(now);
        var yearStart = new DateOnly(today.Year, 1, 1);

        var published = Evaluation.Create(new EvaluationDetails(today.Year, "政务公开工作通知实施情况第三方评估",
            policy.Id, null, EvaluationMethod.ThirdParty, yearStart, today,
            "## 评估结论\n\n通知提出的主要任务已基本落实，政策解读“三同步”执行良好。\n\n## 改进建议\n\n1. 进一步丰富解读形式；\n2. 加强基层公开栏目更新。"),
            editor);
        published.Submit(editor, now);
        published.Approve(actors[BackOfficeRoles.FirstReviewer], now);
        published.Approve(actors[BackOfficeRoles.SecondReviewer], now);
        published.Approve(actors[BackOfficeRoles.FinalReviewer], now);
        db.Evaluations.Add(published);

        db.Evaluations.Add(Evaluation.Create(new EvaluationDetails(today.Year, "课后服务政策执行情况问卷调查", null,
            "关于进一步做好义务教育课后服务工作的通知", EvaluationMethod.Survey, yearStart,
            new DateOnly(today.Year, 12, 31), ""), editor));
        await db.SaveChangesAsync(ct);
    }
}
