using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Meetings;
using Consultation.Infrastructure.Database;

namespace Consultation.Infrastructure.Seeding;

/// <summary>
/// Demo 厅长办公会: the invitation call passes 三审 a week before the meeting, the record (five invitees, one absent,
/// one anonymised; three opinions with their handling) the day after it. Two scripts: the closed consultation's
/// meeting ten days ago, and the decided 2025 decision's meeting.
/// </summary>
internal static class MeetingDemoSeed
{
    internal sealed record Script(string Topic, DateTimeOffset HeldAt,
        IReadOnlyList<(int Invitee, string Text, HandlingOutcome Outcome, string Handling)> Opinions);

    private static readonly (InviteeKind Kind, string Name, string? Label, string Organisation, string Contact,
        Attendance Attendance)[] Invitees =
    [
        (InviteeKind.Stakeholder, "刘红梅", null, "济南市历下区教育局", "13905310001", Attendance.Attended),
        (InviteeKind.CitizenRepresentative, "张敏", "群众代表甲", "济南市市民", "zhangmin@example.cn", Attendance.Attended),
        (InviteeKind.Expert, "王建国", null, "山东师范大学教育学部", "wangjg@example.edu.cn", Attendance.Attended),
        (InviteeKind.Media, "李娜", null, "大众日报社", "13905310004", Attendance.Absent),
        (InviteeKind.Other, "陈立", null, "济南市人大代表", "13905310005", Attendance.Attended),
    ];

    /// <summary>Held ten days before <paramref name="now"/> at 09:00 Shanghai time, after the consultation closed.</summary>
    public static Script PolicyInterpretation(DateTimeOffset now) => new("审议《山东省教育厅政策解读工作办法》",
        ShanghaiTime.At(ShanghaiTime.DayOf(now).AddDays(-10), new TimeOnly(9, 0)),
        [
            (1, "建议为农村老人增加广播和短视频解读，方便不识字的群众了解政策。", HandlingOutcome.Adopted,
                "已采纳，在办法第三条解读形式中增加“广播、短视频”。"),
            (2, "建议明确由哪个处室审核解读材料。", HandlingOutcome.Explained,
                "办法第五条已明确由办公室统筹协调和审核把关，不再另行规定。"),
            (0, "建议把家长学校纳入现场宣讲渠道。", HandlingOutcome.Referred,
                "已转基础教育处，在家庭教育指导工作中研究落实。"),
        ]);

    /// <summary>The meeting that decided the 2025 demo decision, four days before its decision date.</summary>
    public static Script DisclosureOnRequest(DateOnly decidedOn) => new("审议《山东省教育厅政府信息依申请公开工作办法》",
        ShanghaiTime.At(decidedOn.AddDays(-4), new TimeOnly(9, 0)),
        [
            (1, "建议在网站上提供申请书样本和填写说明，方便第一次申请的群众。", HandlingOutcome.Adopted,
                "已采纳，写入办法第三条。"),
            (2, "建议对延长答复期限规定审批程序，并告知申请人。", HandlingOutcome.Adopted, "已采纳，写入办法第四条。"),
            (0, "建议各市教育局参照本办法制定实施细则。", HandlingOutcome.Referred,
                "已转政策法规处，研究对各市的工作指导意见。"),
        ]);

    public static async Task<int> SeedAsync(ConsultationDbContext db, int decisionId, Script script,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset now, CancellationToken ct)
    {
        var editor = actors[BackOfficeRoles.Editor];
        var meeting = Meeting.Create(new MeetingInvitation(MeetingKind.DirectorsMeeting, script.Topic, decisionId,
            script.HeldAt, "山东省教育厅第一会议室",
            [InviteeKind.Stakeholder, InviteeKind.CitizenRepresentative, InviteeKind.Expert, InviteeKind.Media],
            "请于会议召开3日前到省教育厅办公室报名，注明姓名、单位和列席身份；报名人数超过名额时按报名先后确定。" +
            "列席人员可申请以化名（如“群众代表甲”）公开。"), editor);
        var announced = script.HeldAt.AddDays(-7);
        meeting.SubmitInvitation(editor, announced);
        meeting.ApproveInvitation(actors[BackOfficeRoles.FirstReviewer], announced);
        meeting.ApproveInvitation(actors[BackOfficeRoles.SecondReviewer], announced);
        meeting.ApproveInvitation(actors[BackOfficeRoles.FinalReviewer], announced);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);

        var recorded = script.HeldAt.AddDays(1) < now ? script.HeldAt.AddDays(1) : now;
        var invitees = Invitees.Select(i =>
        {
            var invitee = meeting.AddInvitee(i.Kind, i.Name, i.Label, i.Organisation, i.Contact, editor);
            meeting.MarkAttendance(invitee, i.Attendance, editor, recorded);
            return invitee;
        }).ToList();
        foreach (var (index, text, outcome, handling) in script.Opinions)
            meeting.Handle(meeting.AddOpinion(invitees[index], decisionId, text, editor), outcome, handling, editor);
        meeting.SubmitRecord(editor, recorded);
        meeting.ApproveRecord(actors[BackOfficeRoles.FirstReviewer], recorded);
        meeting.ApproveRecord(actors[BackOfficeRoles.SecondReviewer], recorded);
        meeting.ApproveRecord(actors[BackOfficeRoles.FinalReviewer], recorded);
        await db.SaveChangesAsync(ct);
        return meeting.Id;
    }
}
