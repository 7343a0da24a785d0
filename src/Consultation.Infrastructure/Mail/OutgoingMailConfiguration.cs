using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Mail;

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> b)
    {
        b.ToTable("OutgoingMails");
        b.Property(m => m.Key).HasMaxLength(OutgoingMail.MaxKeyLength);
        b.HasIndex(m => m.Key).IsUnique();
        b.Property(m => m.To).HasMaxLength(Core.Subscriptions.Subscription.MaxEmailLength);
        b.Property(m => m.Subject).HasMaxLength(OutgoingMail.MaxSubjectLength);
        b.Property(m => m.UnsubscribeUrl).HasMaxLength(500);
        b.Property(m => m.LastError).HasMaxLength(OutgoingMail.MaxErrorLength);
        b.Property(m => m.LeaseOwner).HasMaxLength(64).IsConcurrencyToken();
        b.HasIndex(m => new { m.State, m.NextAttemptAt });
    }
}
