using Consultation.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Content;

internal sealed class ColumnConfiguration : IEntityTypeConfiguration<Column>
{
    public void Configure(EntityTypeBuilder<Column> b)
    {
        b.HasIndex(c => c.Slug).IsUnique();
        b.Property(c => c.Slug).HasMaxLength(60);
        b.Property(c => c.Name).HasMaxLength(Column.MaxNameLength);
        b.Property(c => c.NameEn).HasMaxLength(Column.MaxNameLength);
        b.Property(c => c.Description).HasMaxLength(Column.MaxDescriptionLength);
        b.Property(c => c.UpdateCycle).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Column>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
