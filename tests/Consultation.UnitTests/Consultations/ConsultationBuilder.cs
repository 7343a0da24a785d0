using Consultation.Core.Comments;
using Consultation.Core.Consultations;

namespace Consultation.UnitTests.Consultations;

internal static class ConsultationBuilder
{
    public static readonly ConsultationRules Rules = new();
    public static readonly DateTimeOffset Opens = new(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset Closes = Opens.AddDays(30);

    public const string Draft = "第一条　为了规范管理，制定本办法。\n\n第二条　本办法适用于全省。";

    public static PublicConsultation Unpublished(ModerationMode mode = ModerationMode.PreModeration)
    {
        var c = PublicConsultation.Create(1, "school-rules", "学校管理办法（征求意见稿）", Draft, "起草说明",
            ConsultationWindow.Create(Opens, Closes, null, Rules), mode, Actors.Editor);
        c.AddInterpretation(InterpretationForm.Text, "解读", "解读正文", Actors.Editor, Opens.AddDays(-3));
        return c;
    }

    public static PublicConsultation Published(ModerationMode mode = ModerationMode.PreModeration)
    {
        var c = Unpublished(mode);
        c.Submit(Actors.Editor, Opens.AddDays(-2), Rules);
        c.Approve(Actors.First, Opens.AddDays(-2), Rules);
        c.Approve(Actors.Second, Opens.AddDays(-2), Rules);
        c.Approve(Actors.Final, Opens.AddDays(-2), Rules);
        return c;
    }

    public static CommentDraft Comment(string body = "建议增加家长参与条款。", string? clause = null) =>
        new(clause, body, "张三", "某小学", "13812341234", false, Guid.NewGuid().ToString());

    public sealed class PlainHasher : IReceiptHasher
    {
        public string Hash(string receiptCode) => "h:" + receiptCode;
    }
}
