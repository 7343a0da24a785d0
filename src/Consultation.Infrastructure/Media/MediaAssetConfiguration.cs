using Consultation.Core.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Media;

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> b)
    {
        b.Ignore(m => m.Widths);
        b.HasIndex(m => m.StoredName).IsUnique();
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.StoredName).HasMaxLength(64);
        b.Property(m => m.OriginalName).HasMaxLength(MediaAsset.MaxOriginalNameLength);
        b.Property(m => m.ContentType).HasMaxLength(100);
        b.Property(m => m.VariantWidths).HasMaxLength(100);
        b.Property(m => m.Sha256).HasMaxLength(64);
        b.Property(m => m.AltText).HasMaxLength(300);
        b.Property(m => m.UploadedBy).HasMaxLength(64);
    }
}
