using Consultation.Core.Adoption;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Adoption;

internal sealed class FeedbackReportConfiguration : IEntityTypeConfiguration<FeedbackReport>
{
    public void Configure(EntityTypeBuilder<FeedbackReport> b)
    {
        b.Ignore(r => r.DomainEvents);
        b.Ignore(r => r.IsPublished);
        b.Ignore(r => r.IsCorrecting);
        b.Ignore(r => r.FreezesGroups);
        b.Ignore(r => r.LatestVersion);
        b.Ignore(r => r.ContentHash);
        b.HasOne<PublicConsultation>().WithMany().HasForeignKey(r => r.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        // One adoption report per consultation.
        b.HasIndex(r => r.ConsultationId).IsUnique();
        b.Property(r => r.CreatedBy).HasMaxLength(64);
        b.Property(r => r.LastEditedBy).HasMaxLength(64);
        b.Property(r => r.CorrectionNote).HasMaxLength(FeedbackReport.MaxCorrectionNoteLength);
        b.OwnsOne(r => r.Workflow, w => w.MapWorkflow());
        b.Navigation(r => r.Workflow).IsRequired();
        b.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
