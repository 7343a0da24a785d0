using Consultation.Core;
using Consultation.Core.Catalog;

namespace Consultation.UnitTests.Catalog;

public sealed class CatalogRulesTests
{
    private static CatalogEntry Entry() => CatalogEntry.Create(2026, 7, "办公室", "2026年第三季度", Actors.Editor);

    private static CatalogEntry Linked(params CatalogSlot[] slots)
    {
        var entry = Entry();
        foreach (var slot in slots) entry.Link(slot, new SiteRecord(CatalogEntry.KindFor(slot), 1).ToString());
        return entry;
    }

    [Fact]
    public void A_planned_entry_needs_no_links()
    {
        Assert.Empty(Entry().MissingSlots());
    }

    [Fact]
    public void An_entry_out_for_comment_needs_draft_explanation_and_background()
    {
        var entry = Linked(CatalogSlot.Draft);
        entry.ChangeStatus(CatalogStatus.Consulting, null, meetingHeld: false);

        Assert.Equal([CatalogSlot.Explanation, CatalogSlot.Background], entry.MissingSlots());
    }

    [Fact]
    public void A_decided_entry_needs_every_link_but_attendance_when_no_meeting_was_held()
    {
        var entry = Linked(CatalogSlot.Draft, CatalogSlot.Explanation, CatalogSlot.Background, CatalogSlot.Feedback,
            CatalogSlot.Result);
        entry.ChangeStatus(CatalogStatus.Decided, null, meetingHeld: false);

        Assert.Empty(entry.MissingSlots());
    }

    [Fact]
    public void A_decided_entry_after_a_meeting_needs_the_attendance_link_too()
    {
        var entry = Linked(CatalogSlot.Draft, CatalogSlot.Explanation, CatalogSlot.Background, CatalogSlot.Feedback,
            CatalogSlot.Result);
        entry.ChangeStatus(CatalogStatus.Decided, null, meetingHeld: true);

        Assert.Equal([CatalogSlot.Attendance], entry.MissingSlots());
    }

    [Fact]
    public void An_adjusted_entry_needs_a_reason_and_stays_as_it_was_without_one()
    {
        var entry = Entry();

        var refused = Assert.Throws<DomainException>(() => entry.ChangeStatus(CatalogStatus.Adjusted, "  ", false));

        Assert.Equal("catalog.reason_required", refused.MessageKey);
        Assert.Equal(CatalogStatus.Planned, entry.Status);
    }

    [Fact]
    public void An_adjusted_entry_keeps_its_reason_and_needs_the_background()
    {
        var entry = Entry();
        entry.ChangeStatus(CatalogStatus.Adjusted, "并入省级统一立法计划", false);

        Assert.Equal("并入省级统一立法计划", entry.AdjustmentReason);
        Assert.Equal([CatalogSlot.Background], entry.MissingSlots());
    }

    [Theory]
    [InlineData("https://example.org/draft.html")]
    [InlineData("http://jyt.shandong.gov.cn/x")]
    [InlineData("/consultations/abc#draft")]
    [InlineData("www.example.org")]
    [InlineData("javascript:alert(1)")]
    public void A_typed_url_is_refused_for_an_internal_slot(string typed)
    {
        var entry = Entry();

        var refused = Assert.Throws<DomainException>(() => entry.Link(CatalogSlot.Draft, typed));

        Assert.Equal("catalog.typed_url_refused", refused.MessageKey);
        Assert.Null(entry.DraftConsultationId);
    }

    [Fact]
    public void A_slot_takes_only_its_own_kind_of_record()
    {
        var refused = Assert.Throws<DomainException>(() => Entry().Link(CatalogSlot.Result, "consultation:3"));

        Assert.Equal("catalog.record_wrong_kind", refused.MessageKey);
    }

    [Fact]
    public void A_chosen_record_is_kept_and_an_empty_choice_clears_it()
    {
        var entry = Entry();
        entry.Link(CatalogSlot.Feedback, "feedbackreport:4");
        Assert.Equal(new SiteRecord(SiteRecordKind.FeedbackReport, 4), entry.LinkOf(CatalogSlot.Feedback));

        entry.Link(CatalogSlot.Feedback, "");

        Assert.Null(entry.LinkOf(CatalogSlot.Feedback));
    }

    [Fact]
    public void A_catalog_line_is_public_only_as_approved_and_a_later_change_waits_for_its_own_review()
    {
        var now = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var entry = Entry();
        entry.ChangeStatus(CatalogStatus.Consulting, null, meetingHeld: false);
        entry.Revised(Actors.Editor, now);
        Assert.Null(entry.Published);

        entry.Submit(Actors.Editor, now);
        foreach (var reviewer in new[] { Actors.First, Actors.Second, Actors.Final }) entry.Approve(reviewer, now);
        Assert.Equal(CatalogStatus.Consulting, entry.Published!.Status);

        entry.ChangeStatus(CatalogStatus.Decided, null, meetingHeld: false);
        entry.Revised(Actors.OtherEditor, now);

        Assert.Equal(CatalogStatus.Consulting, entry.Published!.Status);
        Assert.True(entry.HasUnpublishedRevision);
        Assert.Equal(Consultation.Core.Review.ReviewState.Draft, entry.Workflow.State);
    }
}
