using Consultation.Core.Disclosure;

namespace Consultation.UnitTests.Disclosure;

/// <summary>国办函〔2020〕109号 as configured by default: counted by hand from its tables.</summary>
public sealed class FeeScheduleTests
{
    private static readonly FeeSchedule Fees = FeeSchedule.Default;

    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    public void By_count_the_nth_request_of_a_month_costs(int nth, int yuan) =>
        Assert.Equal(yuan, Fees.FeeFor(FeeMethod.ByCount, nth, 0));

    [Theory]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(150, 1700)]
    [InlineData(250, 4700)]
    public void By_pages_each_band_has_its_price(int pages, int yuan) =>
        Assert.Equal(yuan, Fees.FeeFor(FeeMethod.ByPages, 1, pages));

    [Fact]
    public void No_fee_is_the_default_however_many_requests_or_pages() =>
        Assert.Equal(0, Fees.FeeFor(FeeMethod.None, 99, 999));

    [Fact]
    public void The_reply_shows_the_fee_of_its_method()
    {
        var request = RequestBuilder.SentOn("2026-03-02");

        request.Reply(ReplyType.Disclosed, null, "见附件。", FeeMethod.ByCount, 12, 11, Fees, Actors.Editor,
            RequestBuilder.Shanghai("2026-03-05"));

        Assert.Equal((100m, 11), (request.Fee, request.RequestsThisMonth));
    }
}
