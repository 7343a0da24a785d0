using Consultation.Core.Adoption;
using Consultation.Core.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Adoption;

internal sealed class OpinionGroupConfiguration : IEntityTypeConfiguration<OpinionGroup>
{
    public void Configure(EntityTypeBuilder<OpinionGroup> b)
    {
        b.Ignore(g => g.Clauses);
        b.Ignore(g => g.IsDecided);
        b.HasOne<PublicConsultation>().WithMany().HasForeignKey(g => g.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(g => g.ConsultationId);
        b.Property(g => g.Title).HasMaxLength(OpinionGroup.MaxTitleLength);
        b.Property(g => g.Summary).HasMaxLength(OpinionGroup.MaxTextLength);
        b.Property(g => g.ClauseAnchors).HasMaxLength(1000);
        b.Property(g => g.Disposition).HasConversion<string>().HasMaxLength(20);
        b.Property(g => g.Reason).HasMaxLength(OpinionGroup.MaxTextLength);
        b.Property(g => g.FinalClauseAnchor).HasMaxLength(40);
    }
}
