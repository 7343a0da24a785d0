using Consultation.Core.Audit;

namespace Consultation.UnitTests.Audit;

public sealed class AuditChainTests
{
    private static AuditEntry Line(string action) => AuditEntry.Of(new DateTimeOffset(2026, 11, 30, 1, 2, 3, TimeSpan.Zero),
        "u1", "编辑甲", "article", "7", "通知", action, "Draft", "AwaitingFirstReview", 1, new string('a', 64), null);

    [Fact]
    public void Lines_appended_to_the_head_each_point_at_the_one_before()
    {
        var head = AuditChainHead.Start();
        var first = Line("submit");
        var second = Line("approve");

        head.Append([first, second]);

        Assert.Equal(AuditEntry.Genesis, first.PreviousHash);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(second.Hash, head.Hash);
        Assert.Equal(second.ComputeHash(), second.Hash);
    }

    [Fact]
    public void The_same_line_after_a_different_predecessor_has_a_different_hash()
    {
        var a = Line("submit");
        var b = Line("submit");

        a.Seal(AuditEntry.Genesis);
        b.Seal(new string('1', 64));

        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void A_line_is_sealed_once()
    {
        var line = Line("submit");
        line.Seal(AuditEntry.Genesis);

        Assert.Throws<InvalidOperationException>(() => line.Seal(AuditEntry.Genesis));
    }

    [Fact]
    public void Times_are_kept_to_the_microsecond_so_PostgreSQL_stores_what_was_hashed()
    {
        var line = AuditEntry.Of(new DateTimeOffset(638_999_999_999_999_999, TimeSpan.Zero), "", "", "t", "k", "", "a",
            "", "", 1, "", null);

        Assert.Equal(0, line.At.UtcTicks % 10);
    }
}
