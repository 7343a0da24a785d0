using Consultation.Core;
using Consultation.Core.Responses;

namespace Consultation.UnitTests.Responses;

public sealed class ResponseNoticeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.FromHours(8));
    private static readonly ResponseRules Rules = new();

    private static ResponseDetails Details(DateTimeOffset? arose, DateTimeOffset? first = null) =>
        new("关于课后服务收费的说明", "说明正文。", ConcernSubjectKind.Policy, 1, arose, first);

    private static ResponseNotice Published(ResponseNotice notice, DateTimeOffset at)
    {
        notice.Submit(Actors.Editor, at);
        notice.Approve(Actors.First, at);
        notice.Approve(Actors.Second, at);
        notice.Approve(Actors.Final, at);
        return notice;
    }

    [Fact]
    public void Without_an_earlier_response_publication_is_the_first_response_and_its_time_is_measured()
    {
        var notice = Published(ResponseNotice.Create(Details(Now.AddHours(-30)), Actors.Editor, Now), Now);

        var timing = notice.TimingAt(Now.AddDays(5), Rules);
        Assert.Equal(Now, notice.FirstResponseAt);
        Assert.Equal((30, true, true), (timing.Hours, timing.Responded, timing.WithinTarget));
    }

    [Fact]
    public void An_earlier_first_response_is_kept_and_a_slow_one_is_over_the_target()
    {
        var notice = Published(ResponseNotice.Create(Details(Now.AddHours(-100), Now.AddHours(-40)), Actors.Editor, Now), Now);

        var timing = notice.TimingAt(Now, Rules);
        Assert.Equal(60, timing.Hours);
        Assert.False(timing.WithinTarget);
    }

    [Fact]
    public void An_unanswered_concern_counts_the_hours_waited_so_far()
    {
        var draft = ResponseNotice.Create(Details(Now.AddHours(-50)), Actors.Editor, Now);

        var timing = draft.TimingAt(Now, Rules);
        Assert.Equal((50, false, false), (timing.Hours, timing.Responded, timing.WithinTarget));
    }

    [Theory]
    [InlineData(1, null, "response.concern_in_future")]
    [InlineData(-10, -20, "response.first_response_invalid")]
    [InlineData(-10, 1, "response.first_response_invalid")]
    public void Times_out_of_order_are_refused(int aroseHours, int? firstHours, string key)
    {
        var refused = Assert.Throws<DomainException>(() => ResponseNotice.Create(
            Details(Now.AddHours(aroseHours), firstHours is { } f ? Now.AddHours(f) : null), Actors.Editor, Now));

        Assert.Equal(key, refused.MessageKey);
    }
}
