using Consultation.Core.Consultations;
using Consultation.Core.Meetings;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Meetings;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(m => m.Title).HasMaxLength(300);
        b.Property(m => m.Place).HasMaxLength(200);
        b.Property(m => m.HowToApply).HasMaxLength(4000);
        b.Property(m => m.CreatedBy).HasMaxLength(64);
        b.Property(m => m.InvitationEditedBy).HasMaxLength(64);
        b.Property(m => m.RecordEditedBy).HasMaxLength(64);
        b.HasOne<Decision>().WithMany().HasForeignKey(m => m.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(m => m.InvitationWorkflow, w => w.MapWorkflow());
        b.OwnsOne(m => m.RecordWorkflow, w => w.MapWorkflow());
        b.HasMany(m => m.Invitees).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Invitees).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The public list pages by key on (meeting time, id), newest first.
        b.HasIndex(m => new { m.HeldAt, m.Id });
        b.Ignore(m => m.InvitedKinds);
        b.Ignore(m => m.IsPublic);
        b.Ignore(m => m.Opinions);
    }
}
