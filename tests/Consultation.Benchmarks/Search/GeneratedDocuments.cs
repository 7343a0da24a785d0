using System.Globalization;
using Consultation.Infrastructure.Search;

namespace Consultation.Benchmarks.Search;

/// <summary>
/// Chinese documents shaped like the site's: each about one of 20 subjects (its title and most of its body), with a
/// few sentences any document may carry, a mix of kinds, years and columns, some with consultation windows. A topic
/// word is then in about a twentieth of the corpus and a common word (教育) in nearly all of it. Deterministic.
/// </summary>
public static class GeneratedDocuments
{
    private static readonly string[] Subjects =
    [
        "义务教育", "高等教育", "职业教育", "学前教育", "特殊教育", "课后服务", "校外培训", "教师队伍", "学生资助", "校园安全",
        "招生考试", "体育美育", "劳动教育", "教育信息化", "民办教育", "教材管理", "学位管理", "留学工作", "语言文字", "督导评估",
    ];

    private static readonly string[] Actions =
    [
        "关于进一步加强", "关于做好", "关于印发", "关于规范", "关于推进", "关于深化", "关于开展", "关于完善",
    ];

    private static readonly string[] Endings = ["工作的通知", "实施方案", "管理办法（征求意见稿）", "工作要点", "专项行动方案", "指导意见"];

    /// <summary>Sentences about a document's own subject ({0}); most of a body is these.</summary>
    private static readonly string[] Templates =
    [
        "全面提高{0}工作水平，", "切实做好{0}各项工作，", "{0}是教育事业发展的重要内容，", "各地要把{0}摆在突出位置，",
        "建立健全{0}工作机制，", "加大{0}经费投入力度，", "强化{0}督导检查，", "总结推广{0}典型经验，",
        "按照{0}有关规定执行，", "{0}领域存在的突出问题要限期整改，", "加强{0}队伍建设，", "完善{0}监测评价体系，",
    ];

    /// <summary>Sentences any document may carry, each in a small share of the corpus.</summary>
    private static readonly string[] Phrases =
    [
        "各市教育局、各高等学校：", "为深入贯彻落实党中央、国务院决策部署，", "坚持以人民为中心的发展思想，",
        "切实减轻学生过重作业负担和校外培训负担，", "按照《2023年政务公开工作要点》要求，", "鲁教办字〔2025〕12号文件明确，",
        "附件提供PDF格式下载。", "征求意见期限一般不少于30日。", "决策作出后10个工作日内公开意见采纳情况。",
        "厅长办公会邀请利益相关方、群众代表列席。", "加强师德师风建设，", "规范民办学校办学行为，", "健全校园安全风险防控体系，",
        "深化新时代教育评价改革，", "推进数字校园建设，", "请各单位结合实际认真贯彻执行。", "推动政务公开工作提质增效，",
        "统筹推进城乡一体化发展，", "落实立德树人根本任务，", "加快建设教育强省，",
    ];

    public static IEnumerable<SearchDocument> Generate(int count, int seed = 20260101)
    {
        var random = new Random(seed);
        var kinds = Enum.GetValues<SearchKind>();
        var start = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        for (var i = 1; i <= count; i++)
        {
            var subject = Subjects[random.Next(Subjects.Length)];
            var title = $"{Actions[random.Next(Actions.Length)]}{subject}{Endings[random.Next(Endings.Length)]}";
            var body = string.Concat(Enumerable.Range(0, 10 + random.Next(10)).Select(_ => random.Next(4) == 0
                ? Phrases[random.Next(Phrases.Length)]
                : string.Format(CultureInfo.InvariantCulture, Templates[random.Next(Templates.Length)], subject)));
            var kind = kinds[random.Next(kinds.Length)];
            var date = start.AddMinutes(random.Next(5 * 365 * 24 * 60));
            var key = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return new SearchDocument(key, $"bench:{key}", kind, title, $"鲁教字〔{date.Year}〕{random.Next(1, 99)}号",
                body, $"/bench/{key}", date)
            {
                ColumnId = kind == SearchKind.Article ? 1 + random.Next(8) : null,
                Consultation = kind is SearchKind.Draft or SearchKind.Clause
                    ? new ConsultationTimes(date, date.AddDays(30), random.Next(3) == 0 ? date.AddDays(60) : null)
                    : null,
            };
        }
    }
}
