using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Jobs;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.ToTable("JobLeases");
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(JobLease.MaxNameLength);
        b.Property(l => l.Holder).HasMaxLength(JobLease.MaxHolderLength);
    }
}
