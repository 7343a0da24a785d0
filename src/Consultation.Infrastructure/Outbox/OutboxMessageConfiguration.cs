using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable(OutboxOrder.Table);
        b.Property(m => m.Kind).HasMaxLength(OutboxMessage.MaxKindLength);
        b.Property(m => m.SubjectType).HasMaxLength(OutboxMessage.MaxSubjectTypeLength);
        b.Property(m => m.SubjectKey).HasMaxLength(OutboxMessage.MaxSubjectKeyLength);
        b.HasIndex(m => m.CreatedAt);
    }
}
