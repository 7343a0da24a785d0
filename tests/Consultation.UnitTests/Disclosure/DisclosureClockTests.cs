using Consultation.Core;
using Consultation.Core.Disclosure;
using static Consultation.UnitTests.Calendar.OfficialCalendar;
using static Consultation.UnitTests.Disclosure.RequestBuilder;

namespace Consultation.UnitTests.Disclosure;

/// <summary>
/// The 依申请公开 clock vectors, counted by hand on the 2026 calendar (off 2/15–23, 4/4–6, 5/1–5; make-up 2/14, 2/28,
/// 5/9). "Within N working days of receipt": the received day is not counted.
/// </summary>
public sealed class DisclosureClockTests
{
    [Fact]
    public void Online_on_a_working_day_is_received_that_day_and_due_20_working_days_after()
    {
        // Mon 3-2: 3-3..6 (4), 3-9..13 (9), 3-16..20 (14), 3-23..27 (19), Mon 3-30 (20).
        var request = SentOn("2026-03-02");

        Assert.Equal(Date("2026-03-02"), request.ReceivedOn);
        Assert.Equal(Date("2026-03-30"), request.DeadlineOn("2026-03-02").DueOn);
        Assert.Equal(20, request.DeadlineOn("2026-03-02").WorkingDaysLeft);
    }

    [Fact]
    public void Online_on_a_holiday_is_received_on_the_next_working_day()
    {
        // Mon 2-16 is in the Spring Festival: received Tue 2-24. Then 2-25..27 (3), make-up Sat 2-28 (4), 3-2..6 (9),
        // 3-9..13 (14), 3-16..20 (19), Mon 3-23 (20).
        var request = SentOn("2026-02-16");

        Assert.Equal(Date("2026-02-24"), request.ReceivedOn);
        Assert.Equal(Date("2026-03-23"), request.DeadlineOn("2026-02-24").DueOn);
    }

    [Fact]
    public void The_received_day_is_the_day_in_Shanghai_not_in_UTC()
    {
        // Friday 17:00 UTC is Saturday 01:00 in Shanghai: received on Monday.
        var request = DisclosureRequest.ReceiveOnline(Draft(), "ABCDEFGHJK", new Consultations.ConsultationBuilder.PlainHasher(),
            Core.Comments.SensitiveWordList.Empty, Official, new DateTimeOffset(2026, 3, 6, 17, 0, 0, TimeSpan.Zero));

        Assert.Equal(Date("2026-03-09"), request.ReceivedOn);
    }

    [Fact]
    public void A_correction_stops_the_clock_and_the_corrected_request_restarts_it()
    {
        var request = SentOn("2026-03-02");
        request.AskForCorrection("请写明文件名称。", Actors.Editor, Official, Rules, Shanghai("2026-03-05"));

        Assert.Equal(DisclosureStatus.AwaitingCorrection, request.Status);
        Assert.Null(request.DeadlineOn("2026-03-06").DueOn);
        Assert.Equal(Date("2026-03-05").AddDays(0), request.CorrectionRequestedOn);

        request.ReceiveCorrection(Date("2026-03-10"), Actors.Editor, Official, Shanghai("2026-03-10"));

        // From Tue 3-10: 3-11..13 (3), 3-16..20 (8), 3-23..27 (13), 3-30..4-3 (18), 4-4..6 off, 4-7 (19), Wed 4-8 (20).
        Assert.Equal(Date("2026-03-10"), request.ClockStartsOn);
        Assert.Equal(Date("2026-04-08"), request.DeadlineOn("2026-03-10").DueOn);
    }

    [Fact]
    public void A_correction_must_be_asked_within_seven_working_days_and_only_once()
    {
        var late = SentOn("2026-03-02");
        var refused = Assert.Throws<DomainException>(() =>
            late.AskForCorrection("请补正。", Actors.Editor, Official, Rules, Shanghai("2026-03-12")));
        Assert.Equal("disclosure.correction_too_late", refused.MessageKey);

        var once = SentOn("2026-03-02");
        once.AskForCorrection("请补正。", Actors.Editor, Official, Rules, Shanghai("2026-03-11"));
        once.ReceiveCorrection(Date("2026-03-12"), Actors.Editor, Official, Shanghai("2026-03-12"));
        Assert.Equal("disclosure.correction_once", Assert.Throws<DomainException>(() =>
            once.AskForCorrection("再补正。", Actors.Editor, Official, Rules, Shanghai("2026-03-12"))).MessageKey);
    }

    [Fact]
    public void Third_party_consultation_days_are_not_counted()
    {
        var request = SentOn("2026-03-02");
        request.StartThirdPartyConsultation("合同相对方", Date("2026-03-09"), Actors.Editor, Shanghai("2026-03-09"));
        request.EndThirdPartyConsultation(Date("2026-03-16"), Actors.Editor, Shanghai("2026-03-16"));

        // 3-10..13 and 3-16 are excluded (5), so due on the 25th working day: 3-30 (20), 3-31..4-3 (24), 4-7 (25).
        var deadline = request.DeadlineOn("2026-03-16");
        Assert.Equal(5, deadline.ExcludedWorkingDays);
        Assert.Equal(Date("2026-04-07"), deadline.DueOn);
    }

    [Fact]
    public void A_third_party_consultation_excludes_at_most_the_configured_working_days()
    {
        var request = SentOn("2026-03-02");
        request.StartThirdPartyConsultation("合同相对方", Date("2026-03-03"), Actors.Editor, Shanghai("2026-03-03"));
        request.EndThirdPartyConsultation(Date("2026-04-20"), Actors.Editor, Shanghai("2026-04-20"));

        Assert.Equal(Rules.MaxThirdPartyWorkingDays, request.DeadlineOn("2026-04-20").ExcludedWorkingDays);
    }

    [Fact]
    public void An_extension_adds_its_working_days_once()
    {
        var request = SentOn("2026-03-02");
        request.Extend(20, "需要对大量文件作区分处理。", Actors.Editor, Official, Rules, Shanghai("2026-03-20"));

        // 40 working days from Mon 3-2: 3-30 (20), 3-31..4-3 (24), 4-7..10 (28), 4-13..17 (33), 4-20..24 (38), 4-27 (39), 4-28 (40).
        Assert.Equal(Date("2026-04-28"), request.DeadlineOn("2026-03-20").DueOn);
        Assert.Equal("disclosure.extension_once", Assert.Throws<DomainException>(() =>
            request.Extend(5, "再延长。", Actors.Editor, Official, Rules, Shanghai("2026-03-23"))).MessageKey);
    }

    [Theory]
    [InlineData(21, "理由", "2026-03-20", "disclosure.extension_too_long")]
    [InlineData(0, "理由", "2026-03-20", "disclosure.extension_too_long")]
    [InlineData(10, " ", "2026-03-20", "disclosure.extension_reason_required")]
    [InlineData(10, "理由", "2026-03-31", "disclosure.extension_after_due")]
    public void An_extension_is_refused_when_too_long_without_a_reason_or_after_the_due_date(int days, string reason,
        string on, string key)
    {
        var request = SentOn("2026-03-02");

        var refused = Assert.Throws<DomainException>(() =>
            request.Extend(days, reason, Actors.Editor, Official, Rules, Shanghai(on)));

        Assert.Equal(key, refused.MessageKey);
        Assert.Equal(0, request.ExtensionWorkingDays);
    }

    [Fact]
    public void Working_days_left_turn_negative_once_overdue_and_a_reply_is_judged_on_its_own_day()
    {
        var request = SentOn("2026-03-02");

        Assert.Equal(-2, request.DeadlineOn("2026-04-01").WorkingDaysLeft);
        Assert.True(request.DeadlineOn("2026-04-01").IsOverdue);

        request.Reply(ReplyType.Disclosed, null, "见附件。", FeeMethod.None, 0, 1, FeeSchedule.Default, Actors.Editor,
            Shanghai("2026-03-27"));
        Assert.Equal(1, request.DeadlineOn("2026-04-10").WorkingDaysLeft);
    }
}
