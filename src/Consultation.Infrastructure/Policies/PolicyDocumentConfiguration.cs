using Consultation.Core.Policies;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Policies;

internal sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<PolicyDocument>
{
    public void Configure(EntityTypeBuilder<PolicyDocument> b)
    {
        // The public list pages by key on (publication time, id), newest first.
        b.HasIndex(p => new { p.PublishedAt, p.Id });
        b.Property(p => p.Title).HasMaxLength(300);
        b.Property(p => p.DocumentNumber).HasMaxLength(100);
        b.Property(p => p.CreatedBy).HasMaxLength(64);
        b.Property(p => p.LastEditedBy).HasMaxLength(64);
        b.OwnsOne(p => p.Workflow, w => w.MapWorkflow());
        b.HasMany(p => p.Interpretations).WithOne().HasForeignKey(i => i.PolicyDocumentId)
            .OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Interpretations).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(p => p.IsPublished);
        b.Ignore(p => p.FormCount);
        b.Ignore(p => p.ContentHash);
    }
}
