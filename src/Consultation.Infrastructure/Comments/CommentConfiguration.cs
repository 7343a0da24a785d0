using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Comments;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> b)
    {
        b.Ignore(c => c.IsPublic);
        b.Ignore(c => c.PublicName);
        b.HasOne<PublicConsultation>().WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        // Keyset paging of the public list: (consultation, status, id) and per clause.
        b.HasIndex(c => new { c.ConsultationId, c.Status, c.Id });
        b.HasIndex(c => new { c.ConsultationId, c.ClauseAnchor, c.Id });
        b.HasIndex(c => c.ReceiptLookup);
        b.HasIndex(c => new { c.ConsultationId, c.GroupId });
        b.Ignore(c => c.NeedsGroup);
        b.HasOne<Consultation.Core.Adoption.OpinionGroup>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(c => new { c.ConsultationId, c.IdempotencyKey }).IsUnique();
        b.Property(c => c.ClauseAnchor).HasMaxLength(40);
        b.Property(c => c.ClauseLabel).HasMaxLength(300);
        b.Property(c => c.Body).HasMaxLength(Comment.MaxBodyLength);
        b.Property(c => c.PublicBody).HasMaxLength(Comment.MaxBodyLength);
        b.Property(c => c.Name).HasMaxLength(Comment.MaxNameLength);
        b.Property(c => c.Organisation).HasMaxLength(Comment.MaxOrganisationLength);
        b.Property(c => c.Contact).HasMaxLength(Comment.MaxContactLength);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.ReceiptLookup).HasMaxLength(8);
        b.Property(c => c.ReceiptHash).HasMaxLength(64);
        b.Property(c => c.BodyDigest).HasMaxLength(64);
        b.Property(c => c.IdempotencyKey).HasMaxLength(64);
        b.Property(c => c.StatusReason).HasMaxLength(500);
        b.Property(c => c.HeldWords).HasMaxLength(500);
        b.Property(c => c.ModeratedBy).HasMaxLength(100);
        b.Property(c => c.RecordedBy).HasMaxLength(64);
    }
}
