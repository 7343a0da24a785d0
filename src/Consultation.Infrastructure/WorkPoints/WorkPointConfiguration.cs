using Consultation.Core.WorkPoints;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.WorkPoints;

internal sealed class WorkPointConfiguration : IEntityTypeConfiguration<WorkPoint>
{
    public void Configure(EntityTypeBuilder<WorkPoint> b)
    {
        b.Ignore(w => w.DomainEvents);
        b.Ignore(w => w.HasPendingProgress);
        b.Ignore(w => w.ContentHash);
        b.HasIndex(w => new { w.Year, w.SortOrder });
        b.Property(w => w.Area).HasMaxLength(100);
        b.Property(w => w.Requirement).HasMaxLength(4000);
        b.Property(w => w.LeadOffice).HasMaxLength(100);
        b.Property(w => w.CooperatingOffices).HasMaxLength(500);
        b.Property(w => w.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(w => w.Evidence).HasMaxLength(EvidenceLink.MaxLength);
        b.Property(w => w.ProgressNote).HasMaxLength(WorkPoint.MaxNoteLength);
        b.Property(w => w.ProgressReportedBy).HasMaxLength(64);
        b.Property(w => w.PendingStatus).HasConversion<string>().HasMaxLength(32);
        b.Property(w => w.PendingEvidence).HasMaxLength(EvidenceLink.MaxLength);
        b.Property(w => w.PendingNote).HasMaxLength(WorkPoint.MaxNoteLength);
        b.Property(w => w.PendingReportedBy).HasMaxLength(64);
        b.OwnsOne(w => w.Workflow, w => w.MapWorkflow());
        b.Navigation(w => w.Workflow).IsRequired();
    }
}
