using Consultation.Core.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Subscriptions;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> b)
    {
        b.ToTable("Subscriptions");
        b.Property(s => s.Email).HasMaxLength(Subscription.MaxEmailLength);
        b.Property(s => s.ConfirmationTokenHash).HasMaxLength(Subscription.TokenHashLength);
        b.HasIndex(s => new { s.Email, s.Topic, s.ConsultationId });
        b.HasIndex(s => s.ConfirmationTokenHash);
        b.HasIndex(s => new { s.Topic, s.State, s.ConsultationId });
    }
}
