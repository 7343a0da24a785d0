using Consultation.Core.Adoption;
using Consultation.Core.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Adoption;

internal sealed class FeedbackReportConfiguration : IEntityTypeConfiguration<FeedbackReport>
{
    public void Configure(EntityTypeBuilder<FeedbackReport> b)
    {
        b.Ignore(r => r.DomainEvents);
        b.Ignore(r => r.IsPublished);
        b.Ignore(r => r.ContentHash);
        b.HasOne<PublicConsultation>().WithMany().HasForeignKey(r => r.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        // One adoption report per consultation.
        b.HasIndex(r => r.ConsultationId).IsUnique();
        b.HasIndex(r => r.DueOn);
        b.Property(r => r.CreatedBy).HasMaxLength(64);
        b.Property(r => r.LastEditedBy).HasMaxLength(64);
        b.OwnsOne(r => r.Workflow, w =>
        {
            w.Property(x => x.State).HasConversion<string>().HasMaxLength(32);
            w.Property(x => x.SubmittedBy).HasMaxLength(64);
            w.Property(x => x.FirstReviewerId).HasMaxLength(64);
            w.Property(x => x.SecondReviewerId).HasMaxLength(64);
            w.Property(x => x.FinalReviewerId).HasMaxLength(64);
            w.Property(x => x.ReturnComment).HasMaxLength(2000);
            w.Property(x => x.ReturnedBy).HasMaxLength(100);
            w.Ignore(x => x.IsInReview);
        });
        b.Navigation(r => r.Workflow).IsRequired();
    }
}
