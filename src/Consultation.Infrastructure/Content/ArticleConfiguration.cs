using Consultation.Core.Content;
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
        b.HasIndex(a => new { a.ColumnId, a.PublishedAt });
        b.HasOne<Column>().WithMany().HasForeignKey(a => a.ColumnId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(a => a.Workflow, w =>
        {
            w.Property(x => x.State).HasConversion<string>().HasMaxLength(32);
            w.Property(x => x.SubmittedBy).HasMaxLength(64);
            w.Property(x => x.FirstReviewerId).HasMaxLength(64);
            w.Property(x => x.SecondReviewerId).HasMaxLength(64);
            w.Property(x => x.FinalReviewerId).HasMaxLength(64);
            w.Property(x => x.ReturnComment).HasMaxLength(2000);
            w.Property(x => x.ReturnedBy).HasMaxLength(100);
            w.Ignore(x => x.IsInReview);
        });
        b.Navigation(a => a.Workflow).IsRequired();
        b.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
