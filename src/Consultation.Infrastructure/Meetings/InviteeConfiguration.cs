using Consultation.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Meetings;

internal sealed class InviteeConfiguration : IEntityTypeConfiguration<Invitee>
{
    public void Configure(EntityTypeBuilder<Invitee> b)
    {
        b.ToTable("MeetingInvitees");
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(i => i.Name).HasMaxLength(100);
        b.Property(i => i.AnonymisedLabel).HasMaxLength(100);
        b.Property(i => i.Organisation).HasMaxLength(200);
        b.Property(i => i.Contact).HasMaxLength(200);
        b.Property(i => i.Attendance).HasConversion<string>().HasMaxLength(16);
        b.HasMany(i => i.Opinions).WithOne().HasForeignKey(o => o.InviteeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(i => i.Opinions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(i => i.PublicName);
    }
}
