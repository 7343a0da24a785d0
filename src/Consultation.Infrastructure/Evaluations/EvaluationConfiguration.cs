using Consultation.Core.Evaluations;
using Consultation.Core.Policies;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Evaluations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        // The public list: one year's published evaluations, keyset-paged by (publication time, id).
        b.HasIndex(e => new { e.Year, e.PublishedAt, e.Id });
        b.Property(e => e.Title).HasMaxLength(300);
        b.Property(e => e.PolicyTitle).HasMaxLength(300);
        b.Property(e => e.Method).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.CreatedBy).HasMaxLength(64);
        b.Property(e => e.LastEditedBy).HasMaxLength(64);
        // A policy document is never deleted once published; the link must not silently point elsewhere.
        b.HasOne<PolicyDocument>().WithMany().HasForeignKey(e => e.PolicyDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(e => e.Workflow, w => w.MapWorkflow());
        b.Ignore(e => e.IsPublished);
        b.Ignore(e => e.ContentHash);
    }
}
