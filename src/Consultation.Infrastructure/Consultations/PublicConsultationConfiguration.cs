using Consultation.Core.Consultations;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Consultations;

internal sealed class PublicConsultationConfiguration : IEntityTypeConfiguration<PublicConsultation>
{
    public void Configure(EntityTypeBuilder<PublicConsultation> b)
    {
        b.Ignore(c => c.PublicInterpretations);
        b.Ignore(c => c.HasUnpublishedRevision);
        b.Ignore(c => c.DomainEvents);
        b.Ignore(c => c.Clauses);
        b.Ignore(c => c.ContentHash);
        b.Ignore(c => c.IsPublished);
        b.HasIndex(c => c.Slug).IsUnique();
        b.HasIndex(c => c.PublishedAt);
        b.Property(c => c.Slug).HasMaxLength(80);
        b.Property(c => c.Title).HasMaxLength(300);
        b.Property(c => c.CreatedBy).HasMaxLength(64);
        b.Property(c => c.LastEditedBy).HasMaxLength(64);
        b.Property(c => c.Moderation).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Decision>().WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(c => c.Window, w =>
        {
            w.Property(x => x.OpensAt).HasColumnName("OpensAt");
            w.Property(x => x.ClosesAt).HasColumnName("ClosesAt");
            w.Property(x => x.ShortWindowReason).HasColumnName("ShortWindowReason").HasMaxLength(1000);
            // The public list's keyset order: newest opening first, then id (the owner's key, shared by the window).
            w.HasIndex(nameof(ConsultationWindow.OpensAt), "PublicConsultationId");
        });
        b.Navigation(c => c.Window).IsRequired();
        b.OwnsOne(c => c.Workflow, w => w.MapWorkflow());
        b.Navigation(c => c.Workflow).IsRequired();
        b.HasMany(c => c.Interpretations).WithOne().HasForeignKey(i => i.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Interpretations).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Extensions).WithOne().HasForeignKey(e => e.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Extensions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
