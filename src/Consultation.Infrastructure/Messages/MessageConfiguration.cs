using Consultation.Core.Messages;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Messages;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> b)
    {
        b.HasIndex(m => m.ReceiptLookup);
        b.HasIndex(m => m.IdempotencyKey).IsUnique();
        b.HasIndex(m => new { m.Status, m.ReceivedOn });
        // The public list's keyset order: newest answer first, then id.
        b.HasIndex(m => new { m.PublishedAt, m.Id });
        b.Property(m => m.Box).HasConversion<string>().HasMaxLength(32);
        b.Property(m => m.Subject).HasMaxLength(Message.MaxSubjectLength);
        b.Property(m => m.Body).HasMaxLength(Message.MaxBodyLength);
        b.Property(m => m.AskerName).HasMaxLength(Message.MaxNameLength);
        b.Property(m => m.Contact).HasMaxLength(Message.MaxContactLength);
        b.Property(m => m.ReceiptLookup).HasMaxLength(8);
        b.Property(m => m.ReceiptHash).HasMaxLength(64);
        b.Property(m => m.IdempotencyKey).HasMaxLength(64);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.HeldWords).HasMaxLength(500);
        b.Property(m => m.InvalidReason).HasMaxLength(Message.MaxReasonLength);
        b.Property(m => m.Office).HasMaxLength(Message.MaxOfficeLength);
        b.Property(m => m.PublicQuestion).HasMaxLength(Message.MaxBodyLength);
        b.Property(m => m.AnswerText).HasMaxLength(Message.MaxAnswerLength);
        b.Property(m => m.AnswerCreatedBy).HasMaxLength(64);
        b.Property(m => m.AnswerEditedBy).HasMaxLength(64);
        b.OwnsOne(m => m.Workflow, w => w.MapWorkflow());
        b.Ignore(m => m.IsPublished);
        b.Ignore(m => m.IsOpen);
        b.Ignore(m => m.ContentHash);
    }
}
