using Consultation.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Search;

internal sealed class SearchSynonymConfiguration : IEntityTypeConfiguration<SearchSynonym>
{
    public void Configure(EntityTypeBuilder<SearchSynonym> b)
    {
        b.Property(s => s.Term).HasMaxLength(SearchSynonym.MaxTermLength);
        b.Property(s => s.AlternativesText).HasMaxLength((SearchSynonym.MaxTermLength + 1) * SearchSynonym.MaxAlternatives);
        b.Ignore(s => s.Alternatives);
        b.HasIndex(s => s.Term).IsUnique();
    }
}
