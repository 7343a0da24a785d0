using System.Globalization;
using Consultation.Core.Adoption;
using Consultation.Core.Consultations;

namespace Consultation.Infrastructure.Seeding;

/// <summary>
/// The text of a generated data set, a pure function of the seed: drafts written as 第N条 regulations on the
/// department's subjects, comments in a citizen's words (most about one clause, a share of them copies of a few
/// campaign letters with small edits, as organised campaigns send them), and published documents. Dates are given
/// relative to the moment of generation, so the same seed gives the same content on any day.
/// </summary>
public sealed class GeneratedCorpus(int seed)
{
    /// <summary>Share of comments that are copies of a campaign letter (the FCC docket had far more).</summary>
    public const double CampaignShare = 0.3;

    private static readonly string[] Subjects =
    [
        "课后服务", "校外培训监管", "中小学作业管理", "学生体质健康", "教师减负", "随迁子女入学", "学前教育普惠",
        "职业院校产教融合", "高校毕业生就业", "校园食品安全", "特殊教育融合", "家庭教育指导", "中小学招生入学",
        "民办学校收费", "学生心理健康", "乡村教师待遇", "教育数字化", "研学实践教育", "校车安全管理", "学生资助",
    ];

    private static readonly string[] DraftKinds = ["管理办法", "实施细则", "工作规程", "若干规定", "实施办法"];

    /// <summary>Clause sentences about the draft's subject ({0}).</summary>
    private static readonly string[] ClauseSentences =
    [
        "为规范{0}工作，保障学生和家长的合法权益，根据有关法律法规，结合本省实际，制定本办法。",
        "本办法适用于本省行政区域内的{0}及其监督管理活动。",
        "县级以上教育行政部门负责本行政区域内{0}的统筹规划和监督管理。",
        "学校应当建立{0}工作台账，每学期向社会公开有关情况。",
        "{0}所需经费由各级财政按规定予以保障，不得向学生摊派。",
        "教育行政部门应当畅通{0}投诉举报渠道，自受理之日起十五个工作日内答复。",
        "开展{0}应当遵循学生自愿、家长知情的原则，不得强制或者变相强制。",
        "学校应当为参与{0}的教师合理核定工作量，并在绩效分配中予以体现。",
        "违反本办法规定的，由教育行政部门责令限期改正；情节严重的，依法追究责任。",
        "各市可以根据本办法，结合当地实际制定{0}具体实施方案。",
        "{0}中涉及学生个人信息的，应当依法保护，不得泄露或者用于其他用途。",
        "鼓励社会力量依法参与{0}，形成政府、学校、家庭、社会协同推进的工作格局。",
    ];

    private static readonly string[] Openings =
    [
        "我是一名家长，", "作为一线教师，", "我在乡镇学校工作，", "本人是高校学生，", "我家孩子正在读小学，",
        "作为学校管理人员，", "我是社区工作者，", "看了这份草案，", "",
    ];

    private static readonly string[] Opinions =
    [
        "建议把“{0}”的时限写得更具体一些，便于执行和监督。", "这一条对{0}的规定很好，希望尽快落实。",
        "建议增加农村学校的特殊情况，{0}不能一刀切。", "经费保障应当写明由哪一级财政承担，{0}才能真正落地。",
        "担心{0}会增加教师负担，建议同时明确减负措施。", "希望{0}听取更多家长和学生的意见。",
        "建议{0}设立过渡期，给学校留出准备时间。", "这一条表述不够清楚，{0}的责任主体应当明确。",
        "建议对{0}的收费标准进行公示，接受社会监督。", "支持这一条，{0}关系到千家万户。",
    ];

    private static readonly string[] Closings = ["谢谢！", "以上建议供参考。", "希望采纳。", "", "盼复。"];

    /// <summary>Campaign letters: organised groups send the same text, a few words changed by each sender.</summary>
    private static readonly string[] CampaignLetters =
    [
        "我们强烈建议{0}不得占用学生休息时间，每天的活动结束时间不应晚于下午五点半，同时应当给予家长自主选择的权利，不得与评优评先挂钩。",
        "恳请教育厅在{0}中明确禁止任何形式的变相收费，所有收费项目必须提前公示并经家长同意，对违规收费的学校要严肃追责。",
        "作为教师代表，我们呼吁{0}必须同步核定教师工作量并给予合理补贴，不能让教师无偿加班，建议写入正式条款。",
        "请在{0}中增加对农村和偏远地区学校的专项支持，包括经费倾斜、师资补充和交通保障，确保城乡学生机会均等。",
    ];

    private static readonly (string From, string To)[] SmallEdits =
    [
        ("强烈建议", "郑重建议"), ("恳请", "希望"), ("我们", "我"), ("必须", "应当"), ("严肃追责", "依法追责"),
        ("不应晚于", "最晚不超过"), ("呼吁", "建议"), ("确保", "保障"),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马"];
    private static readonly string[] Titles = ["女士", "先生", "老师"];

    private static readonly string[] DocumentKinds = ["工作的通知", "实施方案", "工作要点", "专项行动方案", "指导意见", "情况通报"];
    private static readonly string[] DocumentVerbs = ["关于进一步加强", "关于做好", "关于印发", "关于规范", "关于推进", "关于开展"];

    private static readonly string[] DocumentSentences =
    [
        "各市教育局，各高等学校：", "为深入推进{0}工作，现将有关事项通知如下。", "一、提高认识，把{0}摆在重要位置。",
        "二、压实责任，建立{0}工作专班和月调度制度。", "三、强化保障，统筹安排{0}所需经费。",
        "四、加强宣传，及时总结推广{0}的典型经验。", "请于每年12月底前将{0}工作总结报送我厅。",
        "联系处室：基础教育处。", "本通知自印发之日起施行。",
    ];

    /// <summary>
    /// <paramref name="count"/> consultations on different subjects, oldest first: the older ones closed and decided
    /// (<paramref name="decided"/> of them, with groups, report, meeting and result), the newest ones open.
    /// </summary>
    public IReadOnlyList<ConsultationSeed> Consultations(int count, int decided, int currentYear)
    {
        var random = new Random(Mix(1));
        var list = new List<ConsultationSeed>();
        for (var i = 0; i < count; i++)
        {
            var subject = SubjectOf(i);
            var title = $"山东省{subject}{DraftKinds[random.Next(DraftKinds.Length)]}（征求意见稿）";
            var closed = i < decided;
            // Closed ones opened a year or more ago (their decision in the catalog of that year); open ones lately.
            var openedDaysAgo = closed ? 400 + 60 * (decided - i) : 5 + random.Next(20);
            var year = currentYear - (openedDaysAgo / 365);
            var draft = Draft(subject, random);
            var comments = Enumerable.Range(0, 6 + random.Next(10))
                .Select(_ => new ConsultationSeed.CommentPart(null, CitizenComment(subject, null, random), null, false))
                .ToList();
            var slug = $"gen-{seed}-{i + 1}";
            list.Add(new ConsultationSeed(
                new ConsultationSeed.DecisionPart($"制定《{title.Replace("（征求意见稿）", "", StringComparison.Ordinal)}》", "政策法规处", year, true,
                    $"近年来，{subject}工作取得积极进展，但仍存在制度不健全、责任不明确等问题，需要通过制定规范加以解决。"),
                new ConsultationSeed.ConsultationPart(slug, title, draft,
                    $"## 起草说明\n\n为规范{subject}工作，我厅在深入调研的基础上起草了本办法，现公开征求社会各界意见。",
                    openedDaysAgo, 30),
                [new ConsultationSeed.InterpretationPart(InterpretationForm.Text, $"《{title}》解读", $"本办法共分若干条，重点解决{subject}中的突出问题。")],
                comments,
                closed ? Adoption(subject, title, comments.Count, year, random) : null));
        }
        return list;
    }

    /// <summary>The subject of the <paramref name="consultation"/>-th consultation (from 0).</summary>
    public string SubjectOf(int consultation) => Subjects[(int)((uint)(consultation + seed) % Subjects.Length)];

    /// <summary>A regulation of 12–20 articles (第N条), each one commentable clause.</summary>
    public static string Draft(string subject, Random random)
    {
        var articles = 12 + random.Next(9);
        var lines = new List<string>();
        for (var n = 1; n <= articles; n++)
        {
            var sentence = string.Format(CultureInfo.InvariantCulture, ClauseSentences[random.Next(ClauseSentences.Length)], subject);
            lines.Add($"第{ChineseNumeral(n)}条 {sentence}");
            lines.Add("");
        }
        lines.Add($"第{ChineseNumeral(articles + 1)}条 本办法自发布之日起施行。");
        return string.Join('\n', lines);
    }

    /// <summary>
    /// The comments sent on the large draft, in arrival order: for each its clause (index into the draft's clauses, or
    /// none for the whole draft), text and name as typed. About <see cref="CampaignShare"/> are campaign copies.
    /// </summary>
    public IEnumerable<GeneratedComment> Comments(int count, string subject, int clauseCount)
    {
        var random = new Random(Mix(2));
        for (var i = 0; i < count; i++)
        {
            int? clause = random.Next(4) == 0 ? null : random.Next(clauseCount);
            var body = random.NextDouble() < CampaignShare
                ? CampaignCopy(subject, random)
                : CitizenComment(subject, clause, random);
            var named = random.Next(10) == 0;
            var name = named ? $"{Surnames[random.Next(Surnames.Length)]}{Titles[random.Next(Titles.Length)]}" : null;
            yield return new GeneratedComment(clause, body, name, named && random.Next(2) == 0, random.Next(50) == 0,
                ReceiptCodeFrom(random));
        }
    }

    /// <summary>Published documents (通知, 方案 …) spread over recent years; every tenth is a policy with interpretations.</summary>
    public IEnumerable<GeneratedDocument> Documents(int count, int currentYear)
    {
        var random = new Random(Mix(3));
        for (var i = 0; i < count; i++)
        {
            var subject = Subjects[random.Next(Subjects.Length)];
            var title = $"山东省教育厅{DocumentVerbs[random.Next(DocumentVerbs.Length)]}{subject}{DocumentKinds[random.Next(DocumentKinds.Length)]}";
            var body = string.Join("\n\n", Enumerable.Range(0, 4 + random.Next(6)).Select(_ =>
                string.Format(CultureInfo.InvariantCulture, DocumentSentences[random.Next(DocumentSentences.Length)], subject)));
            var year = currentYear - random.Next(4);
            var number = $"鲁教{(random.Next(2) == 0 ? "基" : "办")}字〔{year.ToString(CultureInfo.InvariantCulture)}〕{(1 + random.Next(80)).ToString(CultureInfo.InvariantCulture)}号";
            yield return new GeneratedDocument(title, number, body, subject, random.Next(365 * 4) + 1, i % 10 == 9);
        }
    }

    private string CampaignCopy(string subject, Random random)
    {
        var letter = string.Format(CultureInfo.InvariantCulture, CampaignLetters[random.Next(CampaignLetters.Length)], subject);
        // One or two words changed, and sometimes a greeting or signature: near copies, not exact ones.
        for (var edits = 1 + random.Next(2); edits > 0; edits--)
        {
            var (from, to) = SmallEdits[random.Next(SmallEdits.Length)];
            letter = letter.Replace(from, to, StringComparison.Ordinal);
        }
        if (random.Next(3) == 0) letter = "尊敬的教育厅领导：" + letter;
        if (random.Next(3) == 0) letter += Closings[random.Next(Closings.Length)];
        return letter;
    }

    private static string CitizenComment(string subject, int? clause, Random random)
    {
        var topic = clause is { } n ? $"第{ChineseNumeral(n + 1)}条" : subject;
        var parts = new List<string> { Openings[random.Next(Openings.Length)] };
        for (var k = 1 + random.Next(3); k > 0; k--)
            parts.Add(string.Format(CultureInfo.InvariantCulture, Opinions[random.Next(Opinions.Length)], topic));
        parts.Add(Closings[random.Next(Closings.Length)]);
        return string.Concat(parts);
    }

    /// <summary>Its <c>DecidedOn</c> is left at the default: the writer dates the decision after the window closed.</summary>
    private static ConsultationSeed.AdoptionPart Adoption(string subject, string title, int comments, int year, Random random)
    {
        var decidedOn = default(DateOnly);
        var half = comments / 2;
        var name = title.Replace("（征求意见稿）", "", StringComparison.Ordinal);
        return new ConsultationSeed.AdoptionPart(decidedOn,
            $"《{title}》公开征求意见期间共收到意见{comments.ToString(CultureInfo.InvariantCulture)}条，现将采纳情况说明如下。",
            $"经研究，{subject}有关条款已根据公众意见作相应修改。",
            [
                new ConsultationSeed.GroupPart($"关于{subject}时限和责任主体", Enumerable.Range(0, half).ToList(),
                    Disposition.Adopted, null, "tiao-2"),
                new ConsultationSeed.GroupPart($"关于{subject}经费保障", Enumerable.Range(half, comments - half).ToList(),
                    random.Next(2) == 0 ? Disposition.PartlyAdopted : Disposition.NotAdopted,
                    "经费保障按现行财政体制执行，已在实施方案中细化。", null),
            ],
            new ConsultationSeed.ResultPart("major-decisions", $"山东省教育厅关于印发《{name}》的通知",
                $"各市教育局：\n\n现将《{name}》印发给你们，请认真贯彻执行。", $"鲁教法字〔{year.ToString(CultureInfo.InvariantCulture)}〕1号"));
    }

    private static string ReceiptCodeFrom(Random random) =>
        string.Create(Core.Comments.ReceiptCode.Length, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = Core.Comments.ReceiptCode.Alphabet[r.Next(Core.Comments.ReceiptCode.Alphabet.Length)];
        });

    /// <summary>Each stream (consultations, comments, documents) has its own generator, so sizes do not shift each other.</summary>
    private int Mix(int stream) => unchecked(seed * 31 + stream);

    public static string ChineseNumeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10) return digits[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
    }
}
