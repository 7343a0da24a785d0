using Consultation.Core.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Consultations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.Property(d => d.Title).HasMaxLength(300);
        b.Property(d => d.Department).HasMaxLength(100);
        b.HasIndex(d => d.Year);
    }
}
