using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using static Consultation.UnitTests.Consultations.ConsultationBuilder;

namespace Consultation.UnitTests.Comments;

public sealed class PersonalDataTests
{
    // A syntactically valid test ID (check digit computed per GB 11643), and the same with a wrong check digit.
    private const string ValidId = "11010519491231002X";
    private const string WrongCheckDigit = "110105194912310021";

    [Theory]
    [InlineData("我的电话13812345678，请回电。")]
    [InlineData("身份证号 " + ValidId + " 供核实")]
    [InlineData("邮箱 zhang.san@example.cn")]
    [InlineData("手机 138-1234-5678 白天可打")]
    [InlineData("联系：+86 138 1234 5678")]
    [InlineData("微信同号8613812345678")]
    public void Phone_numbers_ids_with_a_valid_check_digit_and_emails_are_found(string body) =>
        Assert.True(PersonalData.Contains(body));

    [Theory]
    [InlineData("经费约为 " + WrongCheckDigit + " 元")]
    [InlineData("编号 12812345678 不是手机号")]
    [InlineData("建议延长课后服务时间到18:00。")]
    public void Other_numbers_are_not_taken_for_personal_data(string body) => Assert.False(PersonalData.Contains(body));

    [Fact]
    public void Masking_hides_the_middle_and_keeps_the_sentence()
    {
        var masked = PersonalData.Mask("请打13812345678或写信给 li@example.cn 联系");

        Assert.Equal("请打138******78或写信给 li@********cn 联系", masked);
    }

    [Fact]
    public void A_number_that_is_also_part_of_an_address_is_masked_once_as_a_whole()
    {
        Assert.Equal("QQ邮箱 138*************om", PersonalData.Mask("QQ邮箱 13812345678@qq.com"));
        Assert.Equal("电话 138********78", PersonalData.Mask("电话 138 1234 5678"));
    }

    [Fact]
    public void By_default_the_comment_is_kept_as_received_and_published_masked()
    {
        var comment = Published().Receive(Comment("我家孩子在实验小学，电话13812345678"), ReceiptCode.New(), new PlainHasher(),
            SensitiveWordList.Empty, Opens.AddDays(1), Rules);

        Assert.Contains("13812345678", comment.Body);
        Assert.DoesNotContain("13812345678", comment.PublicBody);
        Assert.Equal(CommentStatus.Received, comment.Status);
    }

    [Fact]
    public void Configured_to_hold_the_comment_waits_for_an_editor()
    {
        var comment = Published().Receive(Comment("身份证 " + ValidId), ReceiptCode.New(), new PlainHasher(),
            SensitiveWordList.Empty, Opens.AddDays(1), Rules with { PersonalData = PersonalDataHandling.Hold });

        Assert.Equal(CommentStatus.Held, comment.Status);
        Assert.Equal(PublicConsultation.PersonalDataHeld, comment.HeldWords);
    }
}
