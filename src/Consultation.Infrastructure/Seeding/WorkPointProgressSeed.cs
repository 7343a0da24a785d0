using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.WorkPoints;

namespace Consultation.Infrastructure.Seeding;

/// <summary>A few demo progress reports on the 2023 task table so the public board shows every status.</summary>
internal static class WorkPointProgressSeed
{
    /// <summary>Reports progress and passes each report through 三审 the evening it was written.</summary>
    public static void Apply(IReadOnlyList<WorkPoint> rows, IReadOnlyDictionary<string, Actor> actors, DateOnly today)
    {
        var editor = actors[BackOfficeRoles.Editor];
        // Dates in 2023, never after today: the rule refuses future dates even in demo data.
        Report(rows, 0, WorkPointStatus.Completed, new(2023, 6, 30), "https://edu.shandong.gov.cn/",
            "重大改革政策均已在厅门户网站公开并解读。", editor, today);
        Report(rows, 4, WorkPointStatus.Completed, new(2023, 9, 15), "/columns/work-points",
            "政策解读“三同步”机制已建立，解读形式不少于2种。", editor, today);
        Report(rows, 1, WorkPointStatus.InProgress, new(2023, 5, 20), "", "毕业生就业政策专栏持续更新。", editor, today);
        Report(rows, 2, WorkPointStatus.InProgress, new(2023, 4, 10), "", "义务教育入学政策解读已发布，问答正在编写。",
            editor, today);
        foreach (var row in rows.Where(r => r.HasPendingProgress))
        {
            var evening = ShanghaiTime.At(row.PendingStatusDate!.Value, new TimeOnly(17, 0));
            row.Submit(editor, evening);
            foreach (var role in new[] { BackOfficeRoles.FirstReviewer, BackOfficeRoles.SecondReviewer, BackOfficeRoles.FinalReviewer })
                row.Approve(actors[role], evening);
        }
    }

    private static void Report(IReadOnlyList<WorkPoint> rows, int index, WorkPointStatus status, DateOnly date,
        string evidence, string note, Actor editor, DateOnly today)
    {
        if (index < rows.Count)
            rows[index].ReportProgress(status, date, evidence, note, editor, today, ShanghaiTime.At(date, new TimeOnly(16, 0)));
    }
}
