using Consultation.Core.Content;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Content;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.Ignore(a => a.DomainEvents);
        b.Ignore(a => a.CurrentVersion);
        b.Ignore(a => a.PublishedVersion);
        b.Ignore(a => a.IsPublished);
        b.Property(a => a.AuthorId).HasMaxLength(64);
        b.Property(a => a.PublishedTitle).HasMaxLength(ArticleContent.MaxTitleLength);
        b.Property(a => a.PreviewToken).HasMaxLength(64);
        b.HasIndex(a => a.PreviewToken).IsUnique();
        // A column's public list: keyset order (publication time, id) within the column.
        b.HasIndex(a => new { a.ColumnId, a.PublishedAt, a.Id });
        b.HasOne<Column>().WithMany().HasForeignKey(a => a.ColumnId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(a => a.Workflow, w => w.MapWorkflow());
        b.Navigation(a => a.Workflow).IsRequired();
        b.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
