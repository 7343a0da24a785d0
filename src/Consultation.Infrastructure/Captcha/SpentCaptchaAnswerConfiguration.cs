using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Captcha;

public sealed class SpentCaptchaAnswerConfiguration : IEntityTypeConfiguration<SpentCaptchaAnswer>
{
    public const string Table = "SpentCaptchaAnswers";

    public void Configure(EntityTypeBuilder<SpentCaptchaAnswer> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(a => a.Key);
        builder.Property(a => a.Key).HasMaxLength(SpentCaptchaAnswer.KeyLength);
        builder.HasIndex(a => a.ExpiresAtUnixSeconds);
    }
}
