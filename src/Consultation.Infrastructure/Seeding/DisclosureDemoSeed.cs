using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Calendar;
using Consultation.Core.Comments;
using Consultation.Core.Disclosure;
using Consultation.Core.Messages;
using Consultation.Core.Responses;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Seeding;

/// <summary>
/// A few disclosure requests at different steps, messages (one answered and public, two waiting: one near its reply
/// target, one near the three-month limit) and a published response notice, each passed through the real entity verbs
/// and 三审 at dates counted back from the demo clock on the working-day calendar.
/// </summary>
internal static class DisclosureDemoSeed
{
    private static readonly DisclosureRules Rules = new();

    public static async Task AddAsync(ConsultationDbContext db, IReceiptHasher receipts,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset now, CancellationToken ct)
    {
        var calendar = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
        var today = ShanghaiTime.DayOf(now);
        DateTimeOffset At(int workingDaysAgo, int hour = 10) =>
            ShanghaiTime.At(WorkingDaysBefore(calendar, today, workingDaysAgo), new TimeOnly(hour, 0));
        AddRequests(db, receipts, actors[BackOfficeRoles.Editor], calendar, At);
        AddMessages(db, receipts, actors, now, At);
        await db.SaveChangesAsync(ct);
        var policy = await db.PolicyDocuments.OrderBy(p => p.Id).FirstAsync(ct);
        AddResponse(db, actors, policy.Id, now);
        await db.SaveChangesAsync(ct);
    }

    private static void AddRequests(ConsultationDbContext db, IReceiptHasher receipts, Actor editor,
        WorkingCalendar calendar, Func<int, int, DateTimeOffset> at)
    {
        DisclosureRequest Online(ApplicantKind kind, string name, string description, DeliveryForm form, int daysAgo) =>
            DisclosureRequest.ReceiveOnline(new DisclosureRequestDraft(kind, name, null, "13800000000",
                    "demo@example.cn", form == DeliveryForm.Paper ? "济南市历下区（演示地址）" : null, description, null, form,
                    Guid.NewGuid().ToString("N")),
                ReceiptCode.New(), receipts, SensitiveWordList.Empty, calendar, at(daysAgo, 10));

        // Replied with the information and delivered by e-mail, well within time.
        var replied = Online(ApplicantKind.NaturalPerson, "赵明（演示）", "2024年全省普通高中招生计划分配情况", DeliveryForm.Electronic, 60);
        replied.Reply(ReplyType.Informed, ReplyGround.AlreadyPublic, "该信息已在本厅网站“通知公告”栏目主动公开，请按链接查阅。",
            FeeMethod.None, 0, 1, FeeSchedule.Default, editor, at(52, 15));
        replied.RecordDelivery(DeliveryMethod.Email, ShanghaiTime.DayOf(at(51, 9)), editor, at(51, 9));

        // Withheld as process information, from a research institute.
        var withheld = Online(ApplicantKind.ResearchInstitution, "某教育研究院（演示）", "省教育厅关于义务教育课后服务收费标准的内部请示", DeliveryForm.Paper, 45);
        withheld.Reply(ReplyType.Withheld, ReplyGround.ProcessInformation, "所申请信息属于内部请示报告，系过程性信息，依法不予公开。",
            FeeMethod.None, 0, 1, FeeSchedule.Default, editor, at(30, 16));

        // Asked for a correction a few days ago; the clock waits.
        var unclear = Online(ApplicantKind.NaturalPerson, "钱芳（演示）", "学校的有关文件", DeliveryForm.Electronic, 5);
        unclear.AskForCorrection("请写明所需文件的名称、发文年份或文号，以及涉及的学校名称。", editor, calendar, Rules, at(3, 11));

        // Consulting a third party, then extended: the due date moves by the excluded days and the extension.
        var consulted = Online(ApplicantKind.CommercialEnterprise, "某教育科技有限公司（演示）", "2025年全省智慧教育平台采购项目的合同文本", DeliveryForm.Electronic, 18);
        consulted.StartThirdPartyConsultation("合同相对方（中标企业）", ShanghaiTime.DayOf(at(12, 10)), editor, at(12, 10));
        consulted.EndThirdPartyConsultation(ShanghaiTime.DayOf(at(6, 10)), editor, at(6, 10));
        consulted.Extend(10, "合同涉及商业秘密，需逐页作区分处理，经办公室负责人同意延长。", editor, calendar, Rules, at(4, 10));

        // Received 17 working days ago and not yet answered: close to its due date on the dashboard.
        var pending = Online(ApplicantKind.NaturalPerson, "孙伟（演示）", "本厅2025年度政府信息公开工作年度报告中依申请公开答复的统计口径说明", DeliveryForm.Electronic, 17);

        db.DisclosureRequests.AddRange(replied, withheld, unclear, consulted, pending);
    }

    private static void AddMessages(ConsultationDbContext db, IReceiptHasher receipts, IReadOnlyDictionary<string, Actor> actors,
        DateTimeOffset now, Func<int, int, DateTimeOffset> at)
    {
        var editor = actors[BackOfficeRoles.Editor];
        Message Receive(string subject, string body, bool consent, DateTimeOffset when) =>
            Message.Receive(new MessageDraft(MessageBox.Enquiry, subject, body, "演示网友", "13900000000", consent,
                Guid.NewGuid().ToString("N")), ReceiptCode.New(), receipts, SensitiveWordList.Empty, when);

        var answered = Receive("义务教育阶段转学需要哪些材料？", "孩子随父母工作调动从外市转学到济南，请问需要准备哪些材料，去哪里办理？", true, at(9, 9));
        answered.AssignTo("基础教育处", editor, at(8, 10));
        answered.DraftAnswer("转学由转入学校所在地县级教育行政部门统一办理。一般需要：学生户籍或居住证明、父母工作证明、原学校学籍信息。具体请咨询转入地县（市、区）教育局。",
            "孩子随父母工作调动从外市转学到济南，请问需要准备哪些材料，去哪里办理？", true, editor);
        answered.Submit(editor, at(7, 10));
        answered.Approve(actors[BackOfficeRoles.FirstReviewer], at(7, 14));
        answered.Approve(actors[BackOfficeRoles.SecondReviewer], at(6, 10));
        answered.Approve(actors[BackOfficeRoles.FinalReviewer], at(6, 15));

        var recent = Receive("高校毕业生就业见习补贴如何申请？", "请问2025届高校毕业生参加就业见习，补贴标准是多少，向哪个部门申请？", true, at(4, 16));
        recent.AssignTo("高校学生处", editor, at(3, 9));

        // Almost three months old: the dashboard and the self-check warn before the inspection's limit is missed.
        var old = Receive("关于民办学校收费备案的咨询", "民办学校调整收费标准需要向哪一级教育部门备案？备案需要多长时间？", false,
            ShanghaiTime.At(ShanghaiTime.DayOf(now).AddMonths(-3).AddDays(10), new TimeOnly(11, 0)));
        db.Messages.AddRange(answered, recent, old);
    }

    private static void AddResponse(ConsultationDbContext db, IReadOnlyDictionary<string, Actor> actors, int policyId,
        DateTimeOffset now)
    {
        var editor = actors[BackOfficeRoles.Editor];
        var arose = now.AddDays(-4);
        var notice = ResponseNotice.Create(new ResponseDetails("关于政务公开工作通知中“依申请公开答复期限”的说明",
            "近日有网友关注本厅政务公开工作通知中依申请公开的答复期限。现说明如下：\n\n1. 本厅自收到申请之日起**20个工作日**内答复；\n2. 需要延长的，延长期限最长不超过20个工作日，并告知申请人；\n3. 申请人可在“依申请公开”栏目凭回执码查询办理进度。\n\n（本条为演示数据。）",
            ConcernSubjectKind.Policy, policyId, arose, arose.AddHours(30)), editor, now.AddDays(-2));
        notice.Submit(editor, now.AddDays(-2));
        notice.Approve(actors[BackOfficeRoles.FirstReviewer], now.AddDays(-2));
        notice.Approve(actors[BackOfficeRoles.SecondReviewer], now.AddDays(-2));
        notice.Approve(actors[BackOfficeRoles.FinalReviewer], now.AddDays(-2));
        db.ResponseNotices.Add(notice);
    }

    /// <summary>The working day <paramref name="n"/> working days before <paramref name="day"/> (or the day itself for 0).</summary>
    private static DateOnly WorkingDaysBefore(WorkingCalendar calendar, DateOnly day, int n)
    {
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day)) counted++;
        }
        return day;
    }
}
