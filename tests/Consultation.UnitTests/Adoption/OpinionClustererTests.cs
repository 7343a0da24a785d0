using Consultation.Core.Adoption;
using Consultation.Tests;

namespace Consultation.UnitTests.Adoption;

public sealed class OpinionClustererTests
{
    private static readonly OpinionClusterer Clusterer = new(new GroupingOptions());

    private static IReadOnlyList<IReadOnlyList<long>> Cluster(params string[] texts) =>
        Clusterer.Cluster(texts.Select((text, i) => new CommentText(i + 1, text)).ToList());

    [Fact]
    public void Reworded_requests_for_the_same_change_form_one_group()
    {
        var groups = Cluster(
            "建议延长课后服务时间到下午六点",
            "希望把课后服务时间延长到傍晚六点",
            "课后服务时间太短，建议延长到18点");

        Assert.Equal([[1, 2, 3]], groups);
    }

    [Fact]
    public void Copies_differing_only_in_punctuation_spacing_width_and_case_form_one_group()
    {
        var groups = Cluster(
            "建议：校车必须配备随车照管人员（GPS定位）！",
            "建议 校车必须配备随车照管人员 gps定位",
            "建议，校车必须配备随车照管人员，ＧＰＳ定位。",
            "食堂饭菜分量不足");

        Assert.Equal([[1, 2, 3]], groups);
    }

    [Fact]
    public void Comments_on_different_subjects_stay_apart()
    {
        var groups = Cluster(
            "建议延长课后服务时间到下午六点",
            "课后服务时间太短，建议延长到18点",
            "建议加强校车安全管理，配备随车照管人员",
            "建议加强校车安全管理，每辆校车配备照管人员",
            "食堂收费太高，建议降低食堂收费标准",
            "食堂收费偏高，建议降低收费标准并公开明细",
            "建议学校加强管理");

        Assert.Equal([[1, 2], [3, 4], [5, 6]], groups);
    }

    [Fact]
    public void Groups_come_largest_first_with_ids_ascending()
    {
        var comments = new List<CommentText>
        {
            new(40, "食堂收费太高，建议降低食堂收费标准"),
            new(7, "建议延长课后服务时间到下午六点"),
            new(30, "建议延长课后服务时间到下午六点。"),
            new(5, "食堂收费太高！建议降低食堂收费标准"),
            new(3, "建议延长课后服务时间到下午六点！"),
        };

        Assert.Equal([[3, 7, 30], [5, 40]], Clusterer.Cluster(comments));
    }

    [Fact]
    public void Empty_input_gives_no_groups() => Assert.Empty(Cluster());

    [Fact]
    public void Empty_and_punctuation_only_comments_never_group()
    {
        Assert.Empty(Cluster("", "", "   ", "。。。！", "？"));
    }

    [Fact]
    public void Single_character_comments_group_only_with_the_same_character()
    {
        Assert.Equal([[1, 3]], Cluster("好", "同意", "好！", "赞"));
    }

    [Fact]
    public void A_group_smaller_than_the_minimum_size_is_left_out()
    {
        var clusterer = new OpinionClusterer(new GroupingOptions { MinimumGroupSize = 3 });
        var comments = new[] { "建议降低食堂收费标准", "建议降低食堂收费标准。", "延长课后服务时间", "延长课后服务时间！", "延长课后服务时间。" }
            .Select((text, i) => new CommentText(i + 1, text)).ToList();

        Assert.Equal([[3, 4, 5]], clusterer.Cluster(comments));
    }

    [Fact]
    public void A_higher_threshold_keeps_only_close_copies_together()
    {
        var strict = new OpinionClusterer(new GroupingOptions { SimilarityThreshold = 0.8 });
        var comments = new[] { "建议延长课后服务时间到下午六点", "建议延长课后服务时间到下午六点！", "课后服务时间太短，建议延长到18点" }
            .Select((text, i) => new CommentText(i + 1, text)).ToList();

        Assert.Equal([[1, 2]], strict.Cluster(comments));
    }

    [Fact]
    public void A_lower_threshold_also_gathers_looser_comments_on_one_subject()
    {
        var loose = new OpinionClusterer(new GroupingOptions { SimilarityThreshold = 0.15 });
        var comments = new[]
        {
            "建议加强校车安全管理，配备随车照管人员", "校车超载现象严重，希望加强校车安全检查",
            "食堂收费太高，建议降低食堂收费标准", "希望公开学校食堂收费明细，降低收费",
        }.Select((text, i) => new CommentText(i + 1, text)).ToList();

        Assert.Equal([[1, 2], [3, 4]], loose.Cluster(comments));
        Assert.Empty(Clusterer.Cluster(comments));
    }

    [Fact]
    public void The_same_input_always_gives_the_same_groups()
    {
        var comments = SyntheticComments.Generate(2_000, seed: 7).Comments;

        var first = new OpinionClusterer(new GroupingOptions()).Cluster(comments);
        var second = new OpinionClusterer(new GroupingOptions()).Cluster(comments.Reverse().ToList());

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(0, 120, 40, 0.3, 2)]
    [InlineData(2, 120, 0, 0.3, 2)]
    [InlineData(2, 100, 40, 0.3, 2)]
    [InlineData(2, 120, 40, 0, 2)]
    [InlineData(2, 120, 40, 1.5, 2)]
    [InlineData(2, 120, 40, 0.3, 1)]
    public void Impossible_options_are_refused(int shingle, int hashes, int bands, double threshold, int minimum)
    {
        var options = new GroupingOptions
        {
            ShingleLength = shingle, HashCount = hashes, Bands = bands, SimilarityThreshold = threshold, MinimumGroupSize = minimum,
        };

        Assert.ThrowsAny<ArgumentException>(() => new OpinionClusterer(options));
    }
}
