using Consultation.Core.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Consultations;

internal sealed class InterpretationConfiguration : IEntityTypeConfiguration<Interpretation>
{
    public void Configure(EntityTypeBuilder<Interpretation> b)
    {
        b.Ignore(i => i.IsPublic);
        b.Property(i => i.Form).HasConversion<string>().HasMaxLength(32);
        b.Property(i => i.Title).HasMaxLength(Interpretation.MaxTitleLength);
    }
}
