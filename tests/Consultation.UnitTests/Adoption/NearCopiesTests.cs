using Consultation.Core.Adoption;

namespace Consultation.UnitTests.Adoption;

public sealed class NearCopiesTests
{
    [Fact]
    public void A_copied_letter_with_a_word_changed_counts_once_and_a_different_point_stays_unique()
    {
        var comments = new List<CommentText>
        {
            new(1, "建议将课后服务时间延长到下午六点，方便双职工家庭接送孩子，谢谢！"),
            new(2, "建议将课后服务时间延长到下午六点，方便双职工家庭接送孩子。"),
            new(3, "建议将课后服务时间延长到下午六点，方便双职工家庭接送孩子，感谢！"),
            new(4, "课后服务时间太短，建议延长到18点"),
            new(5, "校车超载现象严重，请加强管理"),
        };

        Assert.Equal((3, 2), NearCopies.Count(comments));
    }

    [Fact]
    public void No_comments_means_nothing_unique_and_no_copies() => Assert.Equal((0, 0), NearCopies.Count([]));
}
