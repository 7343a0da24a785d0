using Consultation.Core.Consultations;
using Consultation.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Meetings;

internal sealed class MeetingOpinionConfiguration : IEntityTypeConfiguration<MeetingOpinion>
{
    public void Configure(EntityTypeBuilder<MeetingOpinion> b)
    {
        b.Property(o => o.Text).HasMaxLength(4000);
        b.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(o => o.HandlingText).HasMaxLength(4000);
        b.HasOne<Decision>().WithMany().HasForeignKey(o => o.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(o => o.IsHandled);
    }
}
