using Consultation.Core.Catalog;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Catalog;

internal sealed class CatalogEntryConfiguration : IEntityTypeConfiguration<CatalogEntry>
{
    public void Configure(EntityTypeBuilder<CatalogEntry> b)
    {
        b.Ignore(e => e.DomainEvents);
        b.Ignore(e => e.Current);
        b.Ignore(e => e.Published);
        b.Ignore(e => e.HasUnpublishedRevision);
        b.Ignore(e => e.ContentHash);
        b.Property(e => e.Office).HasMaxLength(100);
        b.Property(e => e.PlannedTiming).HasMaxLength(100);
        b.Property(e => e.AdjustmentReason).HasMaxLength(500);
        b.Property(e => e.CreatedBy).HasMaxLength(64);
        b.Property(e => e.LastEditedBy).HasMaxLength(64);
        b.HasIndex(e => new { e.Year, e.DecisionId }).IsUnique();
        b.HasOne<Core.Consultations.Decision>().WithMany().HasForeignKey(e => e.DecisionId)
            .OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(e => e.Workflow, w => w.MapWorkflow());
        b.Navigation(e => e.Workflow).IsRequired();
    }
}
