using Consultation.Core.Disclosure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Disclosure;

internal sealed class AppealFiguresConfiguration : IEntityTypeConfiguration<AppealFigures>
{
    public void Configure(EntityTypeBuilder<AppealFigures> b)
    {
        b.HasIndex(f => f.Year).IsUnique();
        b.Ignore(f => f.Groups);
    }
}
