using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.UnitTests.Consultations;
using static Consultation.UnitTests.Consultations.ConsultationBuilder;

namespace Consultation.UnitTests.Comments;

public sealed class CommentRulesTests
{
    private static readonly ConsultationBuilder.PlainHasher Hasher = new();
    private static readonly DateTimeOffset During = Opens.AddDays(3);

    private static Comment Receive(PublicConsultation c, CommentDraft draft, SensitiveWordList? words = null) =>
        c.Receive(draft, ReceiptCode.New(), Hasher, words ?? SensitiveWordList.Empty, During, Rules);

    [Fact]
    public void Pre_moderation_keeps_a_comment_private_until_approved()
    {
        var comment = Receive(Published(ModerationMode.PreModeration), Comment());

        Assert.Equal(CommentStatus.Received, comment.Status);
        Assert.False(comment.IsPublic);
        comment.Publish(Actors.Editor, During);
        Assert.True(comment.IsPublic);
    }

    [Fact]
    public void Post_moderation_publishes_at_once_unless_a_sensitive_word_holds_it()
    {
        var c = Published(ModerationMode.PostModeration);

        Assert.Equal(CommentStatus.Published, Receive(c, Comment()).Status);
        var held = Receive(c, Comment("这里有违禁词甲"), new SensitiveWordList(["违禁词甲"]));
        Assert.Equal(CommentStatus.Held, held.Status);
        Assert.Equal("违禁词甲", held.HeldWords);
    }

    [Fact]
    public void A_comment_names_a_clause_by_its_anchor()
    {
        var comment = Receive(Published(), Comment(clause: "tiao-2"));

        Assert.Equal(("tiao-2", "第二条"), (comment.ClauseAnchor, comment.ClauseLabel));
        Assert.Equal("comment.clause_unknown", Assert.Throws<DomainException>(() =>
            Receive(Published(), Comment(clause: "tiao-99"))).MessageKey);
    }

    [Fact]
    public void Body_is_required_and_limited_by_configuration()
    {
        Assert.Equal("comment.body_required", Assert.Throws<DomainException>(() => Receive(Published(), Comment("   "))).MessageKey);
        Assert.Equal("comment.body_too_long", Assert.Throws<DomainException>(() =>
            Receive(Published(), Comment(new string('字', Consultation.Core.Comments.Comment.MaxBodyLength + 1)))).MessageKey);
        Assert.Equal(CommentStatus.Received, Receive(Published(), Comment(new string('字', Consultation.Core.Comments.Comment.MaxBodyLength))).Status);
    }

    [Fact]
    public void A_name_is_public_only_with_consent()
    {
        var withoutConsent = Receive(Published(), Comment());
        var withConsent = Receive(Published(), Comment() with { PublishName = true });

        Assert.Null(withoutConsent.PublicName);
        Assert.Equal("张三", withConsent.PublicName);
    }

    [Fact]
    public void Refusing_needs_a_reason_that_the_receipt_shows()
    {
        var comment = Receive(Published(), Comment());

        Assert.Equal("comment.refuse_reason_required", Assert.Throws<DomainException>(() =>
            comment.Refuse(" ", Actors.Editor, During)).MessageKey);
        comment.Refuse("与本草案无关", Actors.Editor, During);
        Assert.Equal((CommentStatus.Rejected, "与本草案无关"), (comment.Status, comment.StatusReason));
    }

    [Fact]
    public void Only_editors_moderate_and_each_move_is_recorded_for_the_audit_log()
    {
        var comment = Receive(Published(), Comment());
        Assert.Equal(CommentStatus.Received, Assert.IsType<CommentReceived>(Assert.Single(comment.DomainEvents)).Status);
        comment.ClearDomainEvents();

        Assert.Throws<DomainException>(() => comment.Publish(Actors.Auditor, During));
        Assert.Empty(comment.DomainEvents);
        comment.Hold("待核实", Actors.Editor, During);

        var moved = Assert.IsType<Consultation.Core.Audit.DocumentTransitioned>(Assert.Single(comment.DomainEvents));
        Assert.Equal(("hold", "Received", "Held", "待核实", Actors.Editor.UserId),
            (moved.Action, moved.FromState, moved.ToState, moved.Comment, moved.ActorId));
    }

    [Fact]
    public void The_receipt_keeps_only_a_hash_and_a_digest_of_the_text()
    {
        var code = ReceiptCode.New();
        var comment = Published().Receive(Comment("原文"), code, Hasher, SensitiveWordList.Empty, During, Rules);

        Assert.Equal("h:" + code, comment.ReceiptHash);
        Assert.Equal(code[..4], comment.ReceiptLookup);
        Assert.Equal(Consultation.Core.Comments.Comment.DigestOf("原文"), comment.BodyDigest);
    }

    [Fact]
    public void Offline_input_needs_an_offline_channel()
    {
        var c = Published();

        var letter = c.RecordOffline(CommentChannel.Letter, new DateOnly(2026, 12, 5), "来信建议延长课后服务", "tiao-1",
            Actors.Editor, ReceiptCode.New(), Hasher, During, Rules);

        Assert.Equal((CommentChannel.Letter, "第一条"), (letter.Channel, letter.ClauseLabel));
        Assert.Equal("comment.offline_channel_required", Assert.Throws<DomainException>(() =>
            c.RecordOffline(CommentChannel.Web, new DateOnly(2026, 12, 5), "x", null, Actors.Editor, ReceiptCode.New(),
                Hasher, During, Rules)).MessageKey);
    }

    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("138-1234-1234", "138****1234")]
    [InlineData("li.si@example.cn", "l***@example.cn")]
    [InlineData("", "")]
    public void Contact_details_are_masked(string contact, string masked) => Assert.Equal(masked, ContactMask.Mask(contact));

    [Fact]
    public void Receipt_codes_use_the_unambiguous_alphabet_and_normalise_typing()
    {
        var code = ReceiptCode.New();

        Assert.Equal(ReceiptCode.Length, code.Length);
        Assert.DoesNotContain(code, c => "01OIL".Contains(c));
        Assert.Equal(code, ReceiptCode.Normalise(" " + code[..5].ToLowerInvariant() + "-" + code[5..]));
        Assert.Null(ReceiptCode.Normalise("O0O0O0O0O0"));
    }
}
