using Consultation.Infrastructure.Adoption;
using static Consultation.Infrastructure.Adoption.RedlineClause;

namespace Consultation.UnitTests.Adoption;

public sealed class RedlineBuilderTests
{
    private const string Draft = "第一条　目的不变。\n\n第二条　征求意见期限一般不少于30日。\n\n第三条　将被删除。";
    private const string Final = "第一条　目的不变。\n\n第二条　征求意见期限不少于30日，特殊情况应说明理由。\n\n第四条　新增条款。";

    [Fact]
    public void Clauses_are_matched_by_number_and_marked_unchanged_changed_removed_or_added()
    {
        var redline = RedlineBuilder.Build(Draft, Final);

        Assert.Equal(["tiao-1", "tiao-2", "tiao-3", "tiao-4"], redline.Select(c => c.Anchor));
        Assert.Equal([Change.Unchanged, Change.Changed, Change.Removed, Change.Added], redline.Select(c => c.Status));
    }

    [Fact]
    public void A_changed_clause_reads_back_as_the_old_text_without_insertions_and_the_new_text_without_deletions()
    {
        var changed = RedlineBuilder.Build(Draft, Final)[1];

        var old = string.Concat(changed.Segments.Where(s => s.Kind != Kind.Inserted).Select(s => s.Text));
        var @new = string.Concat(changed.Segments.Where(s => s.Kind != Kind.Deleted).Select(s => s.Text));
        Assert.Equal("征求意见期限一般不少于30日。", old);
        Assert.Equal("征求意见期限不少于30日，特殊情况应说明理由。", @new);
        Assert.Contains(changed.Segments, s => s is { Kind: Kind.Deleted, Text: "一般" });
    }

    [Fact]
    public void A_changed_time_or_number_is_deleted_and_inserted_whole_not_digit_by_digit()
    {
        var changed = RedlineBuilder.Build("第二条　放学后至17:30结束，不少于30日。", "第二条　放学后至18:00结束，不少于45日。")[0];

        Assert.Equal(
            [(Kind.Same, "放学后至"), (Kind.Deleted, "17:30"), (Kind.Inserted, "18:00"), (Kind.Same, "结束，不少于"),
             (Kind.Deleted, "30"), (Kind.Inserted, "45"), (Kind.Same, "日。")],
            changed.Segments.Select(s => (s.Kind, s.Text)));
    }
}
