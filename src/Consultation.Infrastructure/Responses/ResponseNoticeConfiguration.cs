using Consultation.Core.Responses;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Responses;

internal sealed class ResponseNoticeConfiguration : IEntityTypeConfiguration<ResponseNotice>
{
    public void Configure(EntityTypeBuilder<ResponseNotice> b)
    {
        // The public list pages by key on (publication time, id), newest first.
        b.HasIndex(r => new { r.PublishedAt, r.Id });
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
