using Consultation.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Catalog;

internal sealed class CatalogEntryConfiguration : IEntityTypeConfiguration<CatalogEntry>
{
    public void Configure(EntityTypeBuilder<CatalogEntry> b)
    {
        b.Ignore(e => e.DomainEvents);
        b.Property(e => e.Office).HasMaxLength(100);
        b.Property(e => e.PlannedTiming).HasMaxLength(100);
        b.Property(e => e.AdjustmentReason).HasMaxLength(500);
        b.HasIndex(e => new { e.Year, e.DecisionId }).IsUnique();
        b.HasOne<Core.Consultations.Decision>().WithMany().HasForeignKey(e => e.DecisionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
