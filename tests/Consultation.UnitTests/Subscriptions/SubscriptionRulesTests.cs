using Consultation.Core;
using Consultation.Core.Subscriptions;

namespace Consultation.UnitTests.Subscriptions;

/// <summary>Double opt-in: pending → confirmed → unsubscribed; illegal moves refused with a message key.</summary>
public sealed class SubscriptionRulesTests
{
    private static readonly DateTimeOffset Asked = new(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static readonly string Hash = new('a', 64);
    private static readonly string OtherHash = new('b', 64);

    private static Subscription Pending(string email = "Reader@Example.cn ") =>
        Subscription.Request(email, SubscriptionTopic.NewConsultations, null, null, Hash, Asked);

    private static string Refusal(Action move) => Assert.Throws<DomainException>(move).MessageKey;

    [Fact]
    public void A_request_is_pending_with_the_address_trimmed_and_lower_cased_and_receives_nothing()
    {
        var subscription = Pending();

        Assert.Equal(SubscriptionState.Pending, subscription.State);
        Assert.Equal("reader@example.cn", subscription.Email);
        Assert.False(subscription.ReceivesNoticeOf(Asked.AddDays(1)));
    }

    [Fact]
    public void A_confirmed_subscription_receives_notices_of_what_happened_after_confirming_only()
    {
        var subscription = Pending();
        subscription.Confirm(Asked.AddHours(1), Week);

        Assert.Equal(SubscriptionState.Confirmed, subscription.State);
        Assert.True(subscription.ReceivesNoticeOf(Asked.AddHours(2)));
        Assert.False(subscription.ReceivesNoticeOf(Asked.AddMinutes(30)));
    }

    [Fact]
    public void Confirming_twice_changes_nothing()
    {
        var subscription = Pending();
        subscription.Confirm(Asked.AddHours(1), Week);
        subscription.Confirm(Asked.AddHours(5), Week);

        Assert.Equal(Asked.AddHours(1), subscription.ConfirmedAt);
    }

    [Fact]
    public void A_confirmation_after_the_link_expired_is_refused()
    {
        var subscription = Pending();

        Assert.Equal("subscription.link_expired", Refusal(() => subscription.Confirm(Asked.AddDays(8), Week)));
        Assert.Equal(SubscriptionState.Pending, subscription.State);
    }

    [Fact]
    public void Unsubscribing_erases_the_address_and_stops_notices()
    {
        var subscription = Pending();
        subscription.Confirm(Asked.AddHours(1), Week);

        subscription.Unsubscribe(Asked.AddDays(2));

        Assert.Equal(SubscriptionState.Unsubscribed, subscription.State);
        Assert.Equal("", subscription.Email);
        Assert.False(subscription.ReceivesNoticeOf(Asked.AddDays(3)));
    }

    [Fact]
    public void An_unsubscribed_subscription_cannot_be_confirmed_with_its_old_link()
    {
        var subscription = Pending();
        subscription.Unsubscribe(Asked.AddMinutes(5));

        Assert.Equal("subscription.unsubscribed", Refusal(() => subscription.Confirm(Asked.AddMinutes(6), Week)));
    }

    [Fact]
    public void A_confirmed_subscription_cannot_be_restarted_as_pending()
    {
        var subscription = Pending();
        subscription.Confirm(Asked.AddHours(1), Week);

        Assert.Equal("subscription.already_confirmed", Refusal(() => subscription.Renew("reader@example.cn", OtherHash, Asked.AddDays(1))));
    }

    [Fact]
    public void A_renewed_request_starts_a_new_confirmation_period()
    {
        var subscription = Pending();
        subscription.Renew("reader@example.cn", OtherHash, Asked.AddDays(10));

        subscription.Confirm(Asked.AddDays(11), Week);

        Assert.Equal(OtherHash, subscription.ConfirmationTokenHash);
        Assert.Equal(SubscriptionState.Confirmed, subscription.State);
    }

    [Theory]
    [InlineData("", "subscription.email_required")]
    [InlineData("not-an-address", "subscription.email_invalid")]
    [InlineData("张三 <a@example.cn>", "subscription.email_invalid")]
    [InlineData("a@localhost", "subscription.email_invalid")]
    public void A_bad_address_is_refused(string email, string key) =>
        Assert.Equal(key, Refusal(() => Pending(email)));

    [Fact]
    public void Following_one_consultation_needs_the_consultation_and_a_commenters_subscription_needs_the_comment()
    {
        Assert.Equal("subscription.consultation_required", Refusal(() =>
            Subscription.Request("a@example.cn", SubscriptionTopic.Consultation, null, null, Hash, Asked)));
        Assert.Equal("subscription.comment_required", Refusal(() =>
            Subscription.Request("a@example.cn", SubscriptionTopic.CommentReport, 3, null, Hash, Asked)));
        Assert.Equal("subscription.topic_required", Refusal(() =>
            Subscription.Request("a@example.cn", (SubscriptionTopic)(-1), null, null, Hash, Asked)));
    }

    [Fact]
    public void A_request_without_a_token_hash_is_refused() =>
        Assert.Equal("subscription.token_invalid", Refusal(() =>
            Subscription.Request("a@example.cn", SubscriptionTopic.Catalog, null, null, "short", Asked)));
}
