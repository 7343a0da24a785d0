using Consultation.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.SubjectType, e.SubjectKey });
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(100);
        b.Property(e => e.SubjectType).HasMaxLength(40);
        b.Property(e => e.SubjectKey).HasMaxLength(64);
        b.Property(e => e.SubjectTitle).HasMaxLength(300);
        b.Property(e => e.Action).HasMaxLength(40);
        b.Property(e => e.FromState).HasMaxLength(40);
        b.Property(e => e.ToState).HasMaxLength(40);
        b.Property(e => e.VersionHash).HasMaxLength(64);
        b.Property(e => e.Comment).HasMaxLength(2000);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.Ignore(e => e.IsSealed);
    }
}
