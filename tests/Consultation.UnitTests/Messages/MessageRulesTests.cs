using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Messages;
using Consultation.UnitTests.Consultations;
using static Consultation.UnitTests.Calendar.OfficialCalendar;

namespace Consultation.UnitTests.Messages;

/// <summary>The reply target (5 working days) and the inspection's hard limit (3 months), counted on the official calendar.</summary>
public sealed class MessageRulesTests
{
    private static readonly MessageRules Rules = new();

    private static Message Received(string day, bool consent = true, SensitiveWordList? words = null) =>
        Message.Receive(new MessageDraft(MessageBox.Enquiry, "转学手续", "请问转学需要哪些材料？", "王五", "13700000000", consent,
            Guid.NewGuid().ToString("N")), "ABCDEFGHJK", new ConsultationBuilder.PlainHasher(), words ?? SensitiveWordList.Empty,
            ShanghaiTime.At(Date(day), new TimeOnly(9, 0)));

    private static MessageAlarm AlarmOn(Message message, string day) => message.DeadlineOn(Date(day), Official, Rules).Alarm;

    [Theory]
    // Mon 3-2: the 5th working day after it is Mon 3-9; a warning the working day before, an alarm after.
    [InlineData("2026-03-05", MessageAlarm.None)]
    [InlineData("2026-03-06", MessageAlarm.ReplyDueSoon)]
    [InlineData("2026-03-09", MessageAlarm.ReplyDueSoon)]
    [InlineData("2026-03-10", MessageAlarm.ReplyOverdue)]
    // Three months: 6-2. Warned 14 days before, failed the day after.
    [InlineData("2026-05-18", MessageAlarm.ReplyOverdue)]
    [InlineData("2026-05-19", MessageAlarm.LimitNear)]
    [InlineData("2026-06-02", MessageAlarm.LimitNear)]
    [InlineData("2026-06-03", MessageAlarm.LimitExceeded)]
    public void An_unanswered_message_warns_before_the_five_working_days_and_the_three_months(string today, MessageAlarm alarm)
    {
        var message = Received("2026-03-02");

        Assert.Equal(Date("2026-03-09"), message.DeadlineOn(Date(today), Official, Rules).ReplyDueOn);
        Assert.Equal(Date("2026-06-02"), message.DeadlineOn(Date(today), Official, Rules).LimitOn);
        Assert.Equal(alarm, AlarmOn(message, today));
    }

    [Fact]
    public void The_reply_target_skips_the_holidays()
    {
        // Fri 4-3, then 4-4..6 off: 4-7 (1) … 4-10 (4), Mon 4-13 (5).
        Assert.Equal(Date("2026-04-13"), Received("2026-04-03").DeadlineOn(Date("2026-04-03"), Official, Rules).ReplyDueOn);
    }

    [Fact]
    public void An_answered_or_invalid_message_warns_of_nothing()
    {
        var answered = Answered(Received("2026-03-02"));
        var invalid = Received("2026-03-02");
        invalid.MarkInvalid("广告信息", Actors.Editor, ShanghaiTime.At(Date("2026-03-03"), new TimeOnly(9, 0)));

        Assert.Equal(MessageAlarm.None, AlarmOn(answered, "2026-07-01"));
        Assert.Equal(MessageAlarm.None, AlarmOn(invalid, "2026-07-01"));
    }

    [Fact]
    public void The_answer_passes_three_reviews_then_reaches_the_public_list_only_with_consent()
    {
        var message = Answered(Received("2026-03-02"));

        Assert.Equal(MessageStatus.Answered, message.Status);
        Assert.True(message.IsPublished);
        Assert.Equal("请问转学需要哪些材料？（已删去个人信息）", message.PublicQuestion);
    }

    [Fact]
    public void Without_consent_an_answer_cannot_be_published()
    {
        var message = Received("2026-03-02", consent: false);
        message.AssignTo("基础教育处", Actors.Editor, DateTimeOffset.UtcNow);

        Assert.Equal("message.no_consent", Assert.Throws<DomainException>(() =>
            message.DraftAnswer("答复。", "问题。", publish: true, Actors.Editor)).MessageKey);
    }

    [Fact]
    public void A_message_with_a_sensitive_word_is_held_and_must_be_accepted_before_it_is_handed_on()
    {
        var message = Received("2026-03-02", words: new SensitiveWordList(["材料"]));

        Assert.Equal(MessageStatus.Held, message.Status);
        Assert.Equal("message.held", Assert.Throws<DomainException>(() =>
            message.AssignTo("办公室", Actors.Editor, DateTimeOffset.UtcNow)).MessageKey);
        message.Accept(Actors.Editor, DateTimeOffset.UtcNow);
        message.AssignTo("办公室", Actors.Editor, DateTimeOffset.UtcNow);
        Assert.Equal("办公室", message.Office);
    }

    [Fact]
    public void The_answer_cannot_be_changed_in_review_nor_approved_by_its_writer()
    {
        var message = Received("2026-03-02");
        message.AssignTo("基础教育处", Actors.Editor, DateTimeOffset.UtcNow);
        message.DraftAnswer("答复。", null, publish: false, Actors.EditorReviewer);
        message.Submit(Actors.EditorReviewer, DateTimeOffset.UtcNow);

        Assert.Equal("message.in_review", Assert.Throws<DomainException>(() =>
            message.DraftAnswer("改写。", null, false, Actors.Editor)).MessageKey);
        Assert.Equal("review.self_approval", Assert.Throws<DomainException>(() =>
            message.Approve(Actors.EditorReviewer, DateTimeOffset.UtcNow)).MessageKey);
    }

    private static Message Answered(Message message)
    {
        var at = ShanghaiTime.At(message.ReceivedOn.AddDays(1), new TimeOnly(10, 0));
        message.AssignTo("基础教育处", Actors.Editor, at);
        message.DraftAnswer("转学由转入地县级教育部门办理。", "请问转学需要哪些材料？（已删去个人信息）", publish: true, Actors.Editor);
        message.Submit(Actors.Editor, at);
        message.Approve(Actors.First, at);
        message.Approve(Actors.Second, at);
        message.Approve(Actors.Final, at);
        return message;
    }
}
