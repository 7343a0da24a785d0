using Consultation.Core.Accounts;
using Consultation.Core.Consultations;
using Consultation.Core.Evaluations;
using Consultation.Core.Meetings;
using Consultation.Core.Policies;
using Consultation.Core.Responses;

namespace Consultation.Tests;

/// <summary>
/// Items of the public lists (policies, meetings, evaluations, responses) written by made-up people and taken through
/// 三审 by their entity verbs, published at the given moment, to fill a list past its page size. Linked into the
/// integration and browser tests from <c>tests/Shared</c>.
/// </summary>
public static class PublishedListItems
{
    private static readonly Actor Editor = Person("list-editor", BackOfficeRoles.Editor);

    private static readonly Actor[] Reviewers =
    [
        Person("list-1", BackOfficeRoles.FirstReviewer), Person("list-2", BackOfficeRoles.SecondReviewer),
        Person("list-3", BackOfficeRoles.FinalReviewer),
    ];

    public static Actor Writer => Editor;

    public static PolicyDocument Policy(int n, DateTimeOffset at, int minimumForms)
    {
        var policy = PolicyDocument.Create($"翻页示例政策文件{n}", $"鲁教示字〔2026〕{n}号", "正文。", Editor);
        policy.AddInterpretation(InterpretationForm.Text, $"示例文件{n}解读", "解读正文。", Editor);
        policy.AddInterpretation(InterpretationForm.QuestionsAndAnswers, $"示例文件{n}问答", "问：适用范围？\n\n答：全省。", Editor);
        policy.Submit(Editor, minimumForms, at);
        foreach (var reviewer in Reviewers) policy.Approve(reviewer, minimumForms, at);
        return policy;
    }

    /// <summary>A meeting held at <paramref name="heldAt"/> whose invitation call passed 三审 a week before.</summary>
    public static Meeting Meeting(int n, int decisionId, DateTimeOffset heldAt)
    {
        var meeting = Core.Meetings.Meeting.Create(new MeetingInvitation(MeetingKind.DirectorsMeeting, $"翻页示例会议{n}",
            decisionId, heldAt, "第一会议室", [InviteeKind.Expert], "请到办公室报名。"), Editor);
        var announced = heldAt.AddDays(-7);
        meeting.SubmitInvitation(Editor, announced);
        foreach (var reviewer in Reviewers) meeting.ApproveInvitation(reviewer, announced);
        return meeting;
    }

    public static Evaluation Evaluation(int n, int year, DateTimeOffset at)
    {
        var evaluation = Core.Evaluations.Evaluation.Create(new EvaluationDetails(year, $"翻页示例评估{n}", null, "某政策",
            EvaluationMethod.Survey, new DateOnly(year, 1, 1), new DateOnly(year, 1, 2), "## 评估结论\n\n已落实。"), Editor);
        evaluation.Submit(Editor, at);
        foreach (var reviewer in Reviewers) evaluation.Approve(reviewer, at);
        return evaluation;
    }

    /// <summary>A response notice about the published policy <paramref name="policyId"/>, the concern a day older.</summary>
    public static ResponseNotice Response(int n, int policyId, DateTimeOffset at)
    {
        var notice = ResponseNotice.Create(new ResponseDetails($"翻页示例回应{n}", "说明如下。", ConcernSubjectKind.Policy,
            policyId, at.AddDays(-1), null), Editor, at);
        notice.Submit(Editor, at);
        foreach (var reviewer in Reviewers) notice.Approve(reviewer, at);
        return notice;
    }

    private static Actor Person(string id, string role) => new(id, id, new HashSet<string> { role });
}
