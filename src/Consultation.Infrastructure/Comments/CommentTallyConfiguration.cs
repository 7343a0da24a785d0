using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Comments;

internal sealed class CommentTallyConfiguration : IEntityTypeConfiguration<CommentTally>
{
    public void Configure(EntityTypeBuilder<CommentTally> b)
    {
        b.ToTable(CommentCounts.Table);
        // The key is also the index every reader uses: one consultation's rows, in clause order.
        b.HasKey(t => new { t.ConsultationId, t.ClauseAnchor, t.Channel, t.Status });
        b.Property(t => t.ClauseAnchor).HasMaxLength(40);
        b.Property(t => t.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
    }
}
