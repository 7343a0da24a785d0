using Consultation.Core.Consultations;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Consultations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.Ignore(d => d.DomainEvents);
        b.Ignore(d => d.IsPublic);
        b.Ignore(d => d.HasUnpublishedRevision);
        b.Ignore(d => d.ContentHash);
        b.Property(d => d.Title).HasMaxLength(300);
        b.Property(d => d.Department).HasMaxLength(100);
        b.Property(d => d.CreatedBy).HasMaxLength(64);
        b.Property(d => d.LastEditedBy).HasMaxLength(64);
        b.Property(d => d.DecisionDocumentNumber).HasMaxLength(Decision.MaxDocumentNumberLength);
        b.Property(d => d.DecisionRecordedBy).HasMaxLength(64);
        b.HasIndex(d => d.Year);
        b.HasIndex(d => d.DecidedOn);
        b.OwnsOne(d => d.Workflow, w => w.MapWorkflow());
        b.Navigation(d => d.Workflow).IsRequired();
    }
}
