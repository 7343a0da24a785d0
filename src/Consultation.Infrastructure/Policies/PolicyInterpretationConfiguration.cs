using Consultation.Core.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Policies;

internal sealed class PolicyInterpretationConfiguration : IEntityTypeConfiguration<PolicyInterpretation>
{
    public void Configure(EntityTypeBuilder<PolicyInterpretation> b)
    {
        b.Property(i => i.Form).HasConversion<string>().HasMaxLength(32);
        b.Property(i => i.Title).HasMaxLength(300);
    }
}
