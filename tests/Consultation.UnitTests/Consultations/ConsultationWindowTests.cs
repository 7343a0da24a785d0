using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using static Consultation.UnitTests.Consultations.ConsultationBuilder;

namespace Consultation.UnitTests.Consultations;

public sealed class ConsultationWindowTests
{
    private static readonly ConsultationBuilder.PlainHasher Hasher = new();

    [Fact]
    public void A_window_shorter_than_the_configured_minimum_needs_a_reason()
    {
        var refused = Assert.Throws<DomainException>(() => ConsultationWindow.Create(Opens, Opens.AddDays(29), " ", Rules));
        Assert.Equal("window.short_needs_reason", refused.MessageKey);

        var shortWindow = ConsultationWindow.Create(Opens, Opens.AddDays(15), "上级文件要求年底前出台", Rules);
        Assert.Equal("上级文件要求年底前出台", shortWindow.ShortWindowReason);
    }

    [Fact]
    public void The_minimum_comes_from_configuration()
    {
        var window = ConsultationWindow.Create(Opens, Opens.AddDays(20), null, Rules with { MinimumWindowDays = 20 });

        Assert.Null(window.ShortWindowReason);
    }

    [Fact]
    public void Status_follows_the_clock()
    {
        var c = Published();

        Assert.Equal(ConsultationStatus.NotStarted, c.StatusAt(Opens.AddSeconds(-1)));
        Assert.Equal(ConsultationStatus.Open, c.StatusAt(Opens));
        Assert.Equal(ConsultationStatus.Closed, c.StatusAt(Closes));
        Assert.True(c.Window.IsClosingSoon(Closes.AddDays(-2), Rules));
        Assert.False(c.Window.IsClosingSoon(Closes.AddDays(-4), Rules));
    }

    [Fact]
    public void A_comment_after_close_is_refused_and_nothing_is_created()
    {
        var c = Published();

        var refused = Assert.Throws<DomainException>(() =>
            c.Receive(Comment(), ReceiptCode.New(), Hasher, SensitiveWordList.Empty, Closes, Rules));

        Assert.Equal("consultation.closed", refused.MessageKey);
    }

    [Fact]
    public void A_comment_before_opening_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Published().Receive(Comment(), ReceiptCode.New(), Hasher, SensitiveWordList.Empty, Opens.AddMinutes(-1), Rules));

        Assert.Equal("consultation.not_open_yet", refused.MessageKey);
    }

    [Fact]
    public void A_draft_that_has_not_passed_review_takes_no_comments()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Unpublished().Receive(Comment(), ReceiptCode.New(), Hasher, SensitiveWordList.Empty, Opens.AddDays(1), Rules));

        Assert.Equal("consultation.not_public", refused.MessageKey);
    }

    [Fact]
    public void Extension_moves_the_close_forward_with_a_public_reason_and_is_audited()
    {
        var c = Published();
        c.ClearDomainEvents();

        c.Extend(Closes.AddDays(7), "应社会各界要求延长", Actors.Editor, Opens.AddDays(20), Rules);

        Assert.Equal(Closes.AddDays(7), c.Window.ClosesAt);
        var extension = Assert.Single(c.Extensions);
        Assert.Equal((Closes, Closes.AddDays(7), "应社会各界要求延长"), (extension.OldClosesAt, extension.NewClosesAt, extension.Reason));
        Assert.Equal("extend", Assert.Single(c.DomainEvents.OfType<Consultation.Core.Audit.DocumentTransitioned>()).Action);
    }

    [Fact]
    public void Extension_without_reason_or_backwards_is_refused()
    {
        var c = Published();

        Assert.Equal("window.extension_reason_required", Assert.Throws<DomainException>(() =>
            c.Extend(Closes.AddDays(7), "", Actors.Editor, Opens, Rules)).MessageKey);
        Assert.Equal("window.extension_not_later", Assert.Throws<DomainException>(() =>
            c.Extend(Closes.AddDays(-1), "理由", Actors.Editor, Opens, Rules)).MessageKey);
        Assert.Equal("article.edit_requires_editor", Assert.Throws<DomainException>(() =>
            c.Extend(Closes.AddDays(7), "理由", Actors.First, Opens, Rules)).MessageKey);
        Assert.Equal(Closes, c.Window.ClosesAt);
    }

    [Fact]
    public void The_draft_is_frozen_once_public()
    {
        var c = Published();

        var refused = Assert.Throws<DomainException>(() => c.Edit("新标题", Draft, "", c.Window, c.Moderation, Actors.Editor));

        Assert.Equal("consultation.frozen_after_publish", refused.MessageKey);
    }
}
