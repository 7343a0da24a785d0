using Consultation.Core.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Comments;

internal sealed class SensitiveWordConfiguration : IEntityTypeConfiguration<SensitiveWord>
{
    public void Configure(EntityTypeBuilder<SensitiveWord> b)
    {
        b.Property(w => w.Word).HasMaxLength(SensitiveWord.MaxLength);
        b.HasIndex(w => w.Word).IsUnique();
    }
}
