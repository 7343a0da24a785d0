using Consultation.Core.Inspection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Inspection;

internal sealed class CrawledLinkConfiguration : IEntityTypeConfiguration<CrawledLink>
{
    public void Configure(EntityTypeBuilder<CrawledLink> b)
    {
        b.HasOne<LinkCrawl>().WithMany().HasForeignKey(l => l.CrawlId).OnDelete(DeleteBehavior.Cascade);
        // One row per address and crawl: a link found on many pages is checked once.
        b.HasIndex(l => new { l.CrawlId, l.Path }).IsUnique();
        b.HasIndex(l => new { l.CrawlId, l.CheckedAt });
        b.Property(l => l.Path).HasMaxLength(CrawledLink.MaxPathLength);
        b.Property(l => l.FoundOn).HasMaxLength(CrawledLink.MaxPathLength);
        b.Ignore(l => l.IsBroken);
    }
}
