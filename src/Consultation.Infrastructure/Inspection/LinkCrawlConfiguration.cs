using Consultation.Core.Inspection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Inspection;

internal sealed class LinkCrawlConfiguration : IEntityTypeConfiguration<LinkCrawl>
{
    public void Configure(EntityTypeBuilder<LinkCrawl> b)
    {
        b.HasIndex(c => c.FinishedAt);
        b.Property(c => c.StartedBy).HasMaxLength(100);
        b.Ignore(c => c.IsRunning);
        b.Ignore(c => c.Percent);
    }
}
