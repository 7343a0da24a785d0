using Consultation.Core.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Consultations;

internal sealed class WindowExtensionConfiguration : IEntityTypeConfiguration<WindowExtension>
{
    public void Configure(EntityTypeBuilder<WindowExtension> b)
    {
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.ExtendedBy).HasMaxLength(100);
    }
}
