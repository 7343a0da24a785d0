using System.Text;
using Consultation.Core.Adoption;

namespace Consultation.Tests;

/// <summary>A generated comment set and, for each comment id, the planted topic it was made from (−1 for noise).</summary>
public sealed record PlantedComments(IReadOnlyList<CommentText> Comments, IReadOnlyDictionary<long, int> TopicOf);

/// <summary>
/// Deterministic Chinese comments for grouping tests and benchmarks: reworded copies of 50 topic sentences (random
/// character substitutions, openers, closers and punctuation, like many people writing the same request) plus
/// unrelated comments built from common education words, which share bigrams such as 学校 or 建议 with everything.
/// Linked into the unit tests and the benchmarks from <c>tests/Shared</c>.
/// </summary>
public static class SyntheticComments
{
    public static readonly string[] Topics =
    [
        "建议延长课后服务时间到下午六点，方便双职工家长接送孩子",
        "校车安全必须加强管理，每辆校车都要配备随车照管人员",
        "学校食堂收费偏高，希望公开收费明细并降低伙食费",
        "小学生书面作业太多，每天写到晚上十点，请切实减轻作业负担",
        "体育课经常被主科老师占用，应当保证每天一小时校园体育活动",
        "近视率逐年上升，教室灯光和课桌椅高度应定期检查调整",
        "乡村教师工资待遇偏低，建议提高乡村教师生活补助标准",
        "学区划分不透明，应提前公布划片范围并听取居民意见",
        "中午没有午休的地方，希望学校提供午休课桌椅或午睡室",
        "校服价格过高且质量一般，建议由家委会参与校服采购",
        "考试排名给孩子造成很大压力，应禁止公布学生考试成绩排名",
        "幼儿园入园难，建议新建小区必须配套建设公办幼儿园",
        "特殊教育学校太少，残疾儿童随班就读缺少专业资源教师",
        "教师非教学任务太重，填表检查迎评占用大量备课时间",
        "课外培训机构变相开班，请加大对违规校外培训的查处力度",
        "营养午餐分量不足，农村学生营养改善计划资金应足额到位",
        "校园欺凌事件处理不及时，需要建立欺凌预防和报告机制",
        "心理健康老师配备不足，每所中学至少应有一名专职心理教师",
        "职业高中实训设备陈旧，建议增加实训经费并与企业合作办学",
        "随迁子女在本地参加中考的条件太苛刻，应放宽居住证年限要求",
        "高中学费上涨幅度过大，建议分步调整并完善助学金制度",
        "学生手机管理规定一刀切，应允许家长在放学后联系孩子",
        "早上到校时间太早，低年级学生睡眠不足，建议推迟到八点以后",
        "寄宿制学校宿舍拥挤，一间住十二个人，洗澡热水供应不足",
        "学校周边交通拥堵，接送车辆乱停乱放，请设置临时停车区",
        "民办学校招生摇号过程应全程公开并接受家长现场监督",
        "劳动教育流于形式，建议每周安排固定的劳动实践课",
        "教室空调安装进度太慢，夏天高温闷热学生无法专心听课",
        "学校体检项目过于简单，应增加视力脊柱侧弯和口腔检查",
        "教辅资料由学校统一征订变成强制购买，加重家庭经济负担",
        "中小学图书馆藏书陈旧，很少更新，借阅时间也太短",
        "校外实践研学活动收费混乱，旅行社价格远高于市场价",
        "班主任津贴多年没有调整，工作量大却得不到相应报酬",
        "教师职称评审名额太少，中级职称卡了很多年轻教师十几年",
        "农村学校英语音乐美术专业教师短缺，很多课程开不齐开不足",
        "家长群里老师布置批改作业的任务，家长成了学校的助教",
        "普通高中招生比例应提高，职普分流不要过早过急",
        "学校饮用水设施老化，建议安装净水设备并定期检测水质",
        "放学后托管收费标准各校不一，应由物价部门统一核定",
        "信息技术课程内容落后，应增加编程和人工智能启蒙教学",
        "学校安保人员年龄偏大，校门口上下学时段需要警力护学",
        "留守儿童缺少关爱，希望学校建立结对帮扶和亲情电话制度",
        "教材循环使用政策执行不到位，每年都要购买全新课本",
        "艺术特长生加分政策取消后，学校的兴趣社团明显减少了",
        "跨区域转学手续繁琐，需要跑多个部门开具证明材料",
        "教育收费投诉电话长期无人接听，群众反映问题得不到回应",
        "冬季供暖不足，部分教室温度低于十度，学生手脚冻伤",
        "学生课间十分钟被限制在教室内，不允许到操场活动",
        "家庭经济困难学生认定程序公开张榜，伤害了学生的自尊心",
        "高考志愿填报指导服务收费昂贵，希望教育部门提供免费咨询",
    ];

    private static readonly string[] Openers = ["", "", "建议", "我认为", "作为一名家长，", "恳请教育厅重视：", "我觉得"];
    private static readonly string[] Closers = ["", "", "谢谢！", "望采纳。", "请予以考虑。", "希望尽快解决。"];
    private static readonly string[] Punctuation = ["，", "。", "！", " ", "、", "；"];

    private static readonly string[] CommonWords =
    [
        "学校", "学生", "家长", "老师", "教育", "建议", "希望", "孩子", "课程", "管理", "问题", "政策", "部门", "工作",
        "教学", "学习", "时间", "社会", "发展", "质量", "制度", "考试", "活动", "安全", "服务", "标准", "公平", "改革",
        "落实", "加强", "提高", "完善", "规范", "保障", "资源", "条件", "环境", "情况", "能力", "素质", "班级", "年级",
        "城市", "农村", "地区", "经费", "设施", "措施", "方面", "意见", "文件", "规定", "要求", "责任", "监督", "评价",
    ];

    /// <summary>
    /// <paramref name="count"/> comments with ids 1…count in random order: a <paramref name="noiseShare"/> of unrelated
    /// ones, the rest spread evenly over the 50 topics with about <paramref name="substitutionRate"/> of each topic
    /// sentence's characters replaced.
    /// </summary>
    public static PlantedComments Generate(int count, int seed = 2026, double noiseShare = 0.2, double substitutionRate = 0.1)
    {
        var random = new Random(seed);
        var alphabet = string.Concat(Topics).Where(c => c > 0x3000 && c is not '，' and not '。').Distinct().ToArray();
        var comments = new List<CommentText>(count);
        var topicOf = new Dictionary<long, int>(count);
        for (long id = 1; id <= count; id++)
        {
            var topic = random.NextDouble() < noiseShare ? -1 : random.Next(Topics.Length);
            var text = topic < 0 ? Unrelated(random) : Reworded(Topics[topic], alphabet, substitutionRate, random);
            comments.Add(new CommentText(id, text));
            topicOf[id] = topic;
        }
        return new PlantedComments(comments, topicOf);
    }

    private static string Reworded(string topic, char[] alphabet, double substitutionRate, Random random)
    {
        var text = new StringBuilder(Pick(Openers, random));
        foreach (var c in topic)
        {
            if (c is '，' or '。') text.Append(Pick(Punctuation, random));
            else text.Append(random.NextDouble() < substitutionRate ? alphabet[random.Next(alphabet.Length)] : c);
        }
        return text.Append(Pick(Closers, random)).ToString();
    }

    private static string Unrelated(Random random)
    {
        var text = new StringBuilder(Pick(Openers, random));
        for (int i = 0, words = random.Next(8, 24); i < words; i++)
        {
            text.Append(Pick(CommonWords, random));
            if (random.Next(5) == 0) text.Append(Pick(Punctuation, random));
        }
        return text.Append(Pick(Closers, random)).ToString();
    }

    private static string Pick(string[] options, Random random) => options[random.Next(options.Length)];
}
