using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Subscriptions;

internal sealed class NoticePositionConfiguration : IEntityTypeConfiguration<NoticePosition>
{
    public void Configure(EntityTypeBuilder<NoticePosition> b)
    {
        b.ToTable("NoticePositions");
        b.HasKey(p => p.Name);
        b.Property(p => p.Name).HasMaxLength(64);
    }
}
