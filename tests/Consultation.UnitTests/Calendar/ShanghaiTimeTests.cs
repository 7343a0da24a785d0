using Consultation.Core;

namespace Consultation.UnitTests.Calendar;

public sealed class ShanghaiTimeTests
{
    [Fact]
    public void A_local_time_no_instant_can_hold_is_refused_as_out_of_range()
    {
        var refused = Assert.Throws<DomainException>(() => ShanghaiTime.FromLocal(DateTime.MinValue));

        Assert.Equal("time.out_of_range", refused.MessageKey);
    }

    [Fact]
    public void The_last_local_time_of_year_9999_is_read_as_shanghai_time()
    {
        var instant = ShanghaiTime.FromLocal(new DateTime(9999, 12, 31, 23, 59, 0));

        Assert.Equal(new DateTimeOffset(9999, 12, 31, 15, 59, 0, TimeSpan.Zero), instant);
    }
}
