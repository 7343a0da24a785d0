using Consultation.Core.Adoption;

namespace Consultation.Tests;

/// <summary>
/// A generated 300-comment campaign as a real consultation receives it: five points, each written by many people in
/// six different wordings (with their own openers, closers and details), every point about one clause — two distinct
/// points about the same clause — plus twenty near-copies of one letter and thirty one-off comments on other
/// matters. <see cref="PlantedComments.TopicOf"/> gives each id its point (−1 for a one-off).
/// </summary>
public static class CampaignComments
{
    public sealed record Point(string Clause, string[] Wordings, string[] Details);

    public static readonly Point[] Points =
    [
        new("art-3", [
            "课后服务结束时间太早，延长到{0}，方便家长下班后接孩子",
            "双职工家庭{0}前根本赶不到学校，课后服务能不能延长到{0}",
            "课后服务应当延长，很多家长下班晚，孩子放学后没人接",
            "课后服务时间延长至{0}，解决家长下班接送难题",
            "下午放学太早了，家长还没下班，请延长课后服务的时间",
            "延长课后服务时长，让孩子在学校多待一会儿，家长下班再接",
        ], ["下午六点", "六点半", "18点", "傍晚六点"]),
        new("art-5", [
            "作业太多了，孩子每天写到{0}，请减少书面作业量",
            "书面作业负担过重，学生睡眠不足，应控制每天作业总量",
            "小学生家庭作业量太大，经常熬夜到{0}才写完作业",
            "减轻学生作业负担，严格限制每天书面作业时间",
            "每天作业写到{0}，孩子睡眠严重不足，作业量必须减下来",
            "学校少布置重复性作业，控制书面作业时长，减轻负担",
        ], ["晚上十点", "十一点", "深夜", "22点"]),
        new("art-7", [
            "校车安全隐患大，每辆校车应配备随车照管人员",
            "校车经常超载，乘车安全没有保障，请加强校车管理",
            "每辆校车都要有照管人员跟车，保证孩子乘车安全",
            "{0}校车车况差，校车司机资质要严格审查，确保乘车安全",
            "加强校车安全检查，杜绝校车超载超速",
            "校车司机和随车照管人员要培训，校车安全不能马虎",
        ], ["农村", "乡镇", "山区", "偏远地区"]),
        new("art-7", [
            "食堂饭菜价格太贵，伙食费应当公开收费明细",
            "学校食堂收费偏高，降低伙食费标准",
            "食堂伙食费每月{0}，饭菜质量却很一般，食堂收费要公开",
            "公开食堂收支账目，让家长知道伙食费花在哪里",
            "伙食费上涨太快，食堂饭菜分量少价格高",
            "请物价部门核定食堂收费标准，饭菜价格要合理",
        ], ["六百元", "八百元", "七百多元", "一千元"]),
        new("", [
            "征求意见时间太短，只有{0}，延长征求意见期限",
            "这么重要的文件公开征求意见的时间不够，征求意见至少应该三十天",
            "意见征集期过短，群众来不及提出意见，请延长征求意见时间",
            "征求意见的期限应当延长，让更多家长和老师参与征求意见",
            "延长本次征求意见的时间，{0}太仓促",
            "公开征求意见的时间太短了，很多人还不知道在征求意见",
        ], ["十天", "两周", "七天", "十五天"]),
    ];

    /// <summary>Twenty near-copies of one letter about the second point (a copied text with small edits).</summary>
    public const string Letter = "强烈呼吁减轻小学生书面作业负担，孩子每天写作业到深夜，睡眠严重不足";

    public static readonly string[] OneOffs =
    [
        "第二条中的“学生”是否包括幼儿园儿童，请明确", "支持出台这个办法，期待早日实施", "希望加强乡村教师培训",
        "学校图书馆周末应向学生开放", "建议增加中小学心理健康课程", "第九条有一个错别字，请校对", "教室灯光太暗影响视力",
        "学生校服款式应征求学生本人意见", "希望增加体育课和户外活动", "职业教育要与本地企业合作", "残疾儿童随班就读缺少资源教师",
        "学区划分应提前公布", "高中招生比例应当提高", "建议设立家长学校", "教师职称评审名额太少",
        "留守儿童需要更多关爱", "希望开设编程和人工智能课程", "校园周边交通拥堵需要治理", "宿舍热水供应不足",
        "教辅资料不应强制购买", "研学旅行收费混乱", "班主任津贴多年未调整", "冬季教室供暖不足",
        "课间十分钟应允许到操场活动", "营养午餐资金要足额到位", "民办学校招生摇号要公开", "劳动教育不能流于形式",
        "学校饮用水设施老化需要更换", "跨区转学手续太繁琐", "艺术社团越来越少了",
    ];

    private static readonly string[] Openers = ["", "", "建议", "我认为", "作为一名家长，", "恳请教育厅重视：", "我觉得"];
    private static readonly string[] Closers = ["", "", "谢谢！", "望采纳。", "请予以考虑。", "希望尽快解决。"];
    private static readonly string[] AnyClause = ["", "art-1", "art-2", "art-3", "art-5", "art-7", "art-9"];

    /// <summary>250 reworded comments (50 per point), 20 near-copies of <see cref="Letter"/>, 30 one-offs: 300.</summary>
    public static PlantedComments Generate(int seed = 13)
    {
        var random = new Random(seed);
        var comments = new List<CommentText>();
        var topicOf = new Dictionary<long, int>();
        void Add(string text, string clause, int topic)
        {
            var id = comments.Count + 1L;
            comments.Add(new CommentText(id, text, clause));
            topicOf[id] = topic;
        }
        for (var p = 0; p < Points.Length; p++)
        {
            var point = Points[p];
            for (var i = 0; i < 50; i++)
            {
                var wording = string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    point.Wordings[i % point.Wordings.Length], point.Details[random.Next(point.Details.Length)]);
                Add(Openers[random.Next(Openers.Length)] + wording + "。" + Closers[random.Next(Closers.Length)], point.Clause, p);
            }
        }
        for (var i = 0; i < 20; i++)
        {
            var copy = i % 3 == 0 ? Letter.Replace("强烈", "") : i % 3 == 1 ? Letter + "！！" : "【家长联名】" + Letter;
            Add(copy, Points[1].Clause, 1);
        }
        foreach (var oneOff in OneOffs) Add(oneOff, AnyClause[random.Next(AnyClause.Length)], -1);
        var shuffled = comments.OrderBy(_ => random.Next()).Select((c, i) => (Old: c.Id, New: c with { Id = i + 1L })).ToList();
        return new PlantedComments([.. shuffled.Select(s => s.New)], shuffled.ToDictionary(s => s.New.Id, s => topicOf[s.Old]));
    }
}
