using Consultation.Core.Adoption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Adoption;

internal sealed class FeedbackReportVersionConfiguration : IEntityTypeConfiguration<FeedbackReportVersion>
{
    public void Configure(EntityTypeBuilder<FeedbackReportVersion> b)
    {
        b.Ignore(v => v.Snapshot);
        b.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
        b.Property(v => v.CorrectionNote).HasMaxLength(FeedbackReport.MaxCorrectionNoteLength);
        b.Property(v => v.ContentHash).HasMaxLength(64);
    }
}
