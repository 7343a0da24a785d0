using Consultation.Core;
using Consultation.Core.Audit;
using Consultation.Core.Comments;
using Consultation.Core.Disclosure;
using Consultation.UnitTests.Consultations;
using static Consultation.UnitTests.Calendar.OfficialCalendar;
using static Consultation.UnitTests.Disclosure.RequestBuilder;

namespace Consultation.UnitTests.Disclosure;

public sealed class DisclosureRulesTests
{
    private static void Reply(DisclosureRequest request, ReplyType type, ReplyGround? ground, string on = "2026-03-10") =>
        request.Reply(type, ground, "答复正文。", FeeMethod.None, 0, 1, FeeSchedule.Default, Actors.Editor, Shanghai(on));

    [Theory]
    [InlineData(ReplyType.Withheld, null, "disclosure.ground_required")]
    [InlineData(ReplyType.Withheld, ReplyGround.NotHeld, "disclosure.ground_not_for_type")]
    [InlineData(ReplyType.Disclosed, ReplyGround.StateSecret, "disclosure.ground_not_for_type")]
    [InlineData(ReplyType.CorrectionRequired, null, "disclosure.correction_is_asked")]
    public void A_reply_needs_a_ground_of_its_own_type_and_a_correction_is_never_a_reply(ReplyType type,
        ReplyGround? ground, string key)
    {
        var request = SentOn("2026-03-02");

        Assert.Equal(key, Assert.Throws<DomainException>(() => Reply(request, type, ground)).MessageKey);
        Assert.Equal(DisclosureStatus.InProgress, request.Status);
    }

    [Fact]
    public void No_reply_while_a_third_party_is_still_being_consulted()
    {
        var request = SentOn("2026-03-02");
        request.StartThirdPartyConsultation("第三方", Date("2026-03-03"), Actors.Editor, Shanghai("2026-03-03"));

        Assert.Equal("disclosure.third_party_open",
            Assert.Throws<DomainException>(() => Reply(request, ReplyType.Disclosed, null)).MessageKey);
    }

    [Fact]
    public void A_reply_closes_the_request_and_a_delivery_cannot_come_before_it()
    {
        var request = SentOn("2026-03-02");
        Reply(request, ReplyType.Informed, ReplyGround.AlreadyPublic);

        Assert.Equal((DisclosureStatus.Replied, Date("2026-03-10")), (request.Status, request.ClosedOn));
        Assert.Equal("disclosure.delivery_before_reply", Assert.Throws<DomainException>(() =>
            request.RecordDelivery(DeliveryMethod.Email, Date("2026-03-09"), Actors.Editor, Shanghai("2026-03-11"))).MessageKey);
        request.RecordDelivery(DeliveryMethod.Email, Date("2026-03-11"), Actors.Editor, Shanghai("2026-03-11"));
        Assert.Equal(DisclosureStatus.Delivered, request.Status);
    }

    [Fact]
    public void Only_an_editor_moves_a_request_and_every_move_is_audited()
    {
        var request = SentOn("2026-03-02");

        Assert.Throws<DomainException>(() => request.Extend(5, "理由", Actors.First, Official, Rules, Shanghai("2026-03-03")));
        request.Extend(5, "理由", Actors.Editor, Official, Rules, Shanghai("2026-03-03"));
        Reply(request, ReplyType.Disclosed, null);

        Assert.Equal(["extend", "reply"], request.DomainEvents.OfType<DocumentTransitioned>().Select(e => e.Action));
    }

    [Fact]
    public void A_request_without_any_contact_or_a_paper_reply_without_an_address_is_refused()
    {
        var hasher = new ConsultationBuilder.PlainHasher();
        DomainException Refusal(DisclosureRequestDraft draft) => Assert.Throws<DomainException>(() =>
            DisclosureRequest.ReceiveOnline(draft, "ABCDEFGHJK", hasher, SensitiveWordList.Empty, Official, Shanghai("2026-03-02")));

        Assert.Equal("disclosure.contact_required", Refusal(Draft(phone: null) with { Email = null }).MessageKey);
        Assert.Equal("disclosure.address_required", Refusal(Draft() with { DeliveryForm = DeliveryForm.Paper }).MessageKey);
        Assert.Equal("disclosure.description_required", Refusal(Draft() with { Description = "  " }).MessageKey);
    }

    [Fact]
    public void A_sensitive_word_is_flagged_but_the_clock_still_runs()
    {
        var request = DisclosureRequest.ReceiveOnline(Draft() with { Description = "请提供某某违禁内容的文件" }, "ABCDEFGHJK",
            new ConsultationBuilder.PlainHasher(), new SensitiveWordList(["违禁"]), Official, Shanghai("2026-03-02"));

        Assert.Equal("违禁", request.HeldWords);
        Assert.Equal(Date("2026-03-30"), request.DeadlineOn("2026-03-02").DueOn);
    }

    [Fact]
    public void Contact_details_are_purged_only_after_the_retention_period_and_the_purge_is_audited()
    {
        var request = SentOn("2026-03-02");
        Reply(request, ReplyType.Disclosed, null);
        request.ClearDomainEvents();

        Assert.Equal("disclosure.purge_not_due",
            Assert.Throws<DomainException>(() => request.PurgeContact(30, Shanghai("2026-04-09"))).MessageKey);
        request.PurgeContact(30, Shanghai("2026-04-10"));

        Assert.Equal(("", null, null, null), (request.ApplicantName, request.Phone, request.Email, request.Address));
        Assert.Equal(ApplicantKind.NaturalPerson, request.ApplicantKind);
        Assert.Equal("purge_contact", Assert.Single(request.DomainEvents.OfType<DocumentTransitioned>()).Action);
    }

    [Fact]
    public void An_abandoned_request_needs_the_correction_period_to_have_passed()
    {
        var request = SentOn("2026-03-02");
        request.AskForCorrection("请补正。", Actors.Editor, Official, Rules, Shanghai("2026-03-03"));
        var due = request.CorrectionDueOn!.Value;

        Assert.Throws<DomainException>(() => request.CloseAsAbandoned(Actors.Editor, ShanghaiTime.At(due, new TimeOnly(9, 0))));
        request.CloseAsAbandoned(Actors.Editor, ShanghaiTime.At(due.AddDays(1), new TimeOnly(9, 0)));

        Assert.Equal(AnnualReportRow.OtherNoCorrection, AnnualStatistics.ResultRow(request));
    }
}
