using Consultation.Core.Responses;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Responses;

internal sealed class ResponseNoticeConfiguration : IEntityTypeConfiguration<ResponseNotice>
{
    public void Configure(EntityTypeBuilder<ResponseNotice> b)
    {
        b.HasIndex(r => r.PublishedAt);
        b.Property(r => r.Title).HasMaxLength(ResponseNotice.MaxTitleLength);
        b.Property(r => r.BodyMarkdown).HasMaxLength(ResponseNotice.MaxBodyLength);
        b.Property(r => r.SubjectKind).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.CreatedBy).HasMaxLength(64);
        b.Property(r => r.LastEditedBy).HasMaxLength(64);
        b.OwnsOne(r => r.Workflow, w => w.MapWorkflow());
        b.Ignore(r => r.IsPublished);
        b.Ignore(r => r.ContentHash);
    }
}
