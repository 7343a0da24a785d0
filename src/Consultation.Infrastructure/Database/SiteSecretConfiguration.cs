using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Database;

internal sealed class SiteSecretConfiguration : IEntityTypeConfiguration<SiteSecret>
{
    public void Configure(EntityTypeBuilder<SiteSecret> b)
    {
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(64);
    }
}
