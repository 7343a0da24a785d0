using Consultation.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Content;

internal sealed class ArticleVersionConfiguration : IEntityTypeConfiguration<ArticleVersion>
{
    public void Configure(EntityTypeBuilder<ArticleVersion> b)
    {
        b.Ignore(v => v.Content);
        b.HasIndex(v => new { v.ArticleId, v.Number }).IsUnique();
        b.Property(v => v.Title).HasMaxLength(ArticleContent.MaxTitleLength);
        b.Property(v => v.BodyMarkdown).HasMaxLength(ArticleContent.MaxBodyLength);
        b.Property(v => v.SavedBy).HasMaxLength(64);
        b.Property(v => v.SavedByName).HasMaxLength(100);
        b.Property(v => v.Hash).HasMaxLength(64);
        b.Property(v => v.Note).HasMaxLength(100);
        b.OwnsOne(v => v.Metadata, m =>
        {
            m.Property(x => x.IndexNumber).HasMaxLength(DocumentMetadata.MaxFieldLength);
            m.Property(x => x.Publisher).HasMaxLength(DocumentMetadata.MaxFieldLength);
            m.Property(x => x.DocumentNumber).HasMaxLength(DocumentMetadata.MaxFieldLength);
            m.Property(x => x.TopicCategory).HasMaxLength(DocumentMetadata.MaxFieldLength);
            m.Property(x => x.Validity).HasConversion<string>().HasMaxLength(16);
        });
        b.Navigation(v => v.Metadata).IsRequired();
    }
}
