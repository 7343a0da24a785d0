using Consultation.Core.Consultations;
using Consultation.Core.Content;

namespace Consultation.UnitTests.Content;

public sealed class IndexNumberSchemeTests
{
    [Fact]
    public void The_next_index_number_follows_the_highest_of_its_year_and_ignores_other_years()
    {
        var taken = new[] { "11370000004502323D/2026-00007", "11370000004502323D/2025-00090", "手写的索引号" };

        Assert.Equal("11370000004502323D/2026-00008", IndexNumberScheme.Next(2026, taken));
        Assert.Equal("11370000004502323D/2027-00001", IndexNumberScheme.Next(2027, taken));
    }

    [Fact]
    public void A_typed_index_number_is_kept()
    {
        var content = new ArticleContent("标题", "正文", DocumentMetadata.Empty("山东省教育厅") with { IndexNumber = "自定义" });

        Assert.Equal("自定义", IndexNumberScheme.Filled(content, () => "生成的").Metadata.IndexNumber);
    }

    [Fact]
    public void The_suggested_address_is_the_year_and_the_next_free_sequence()
    {
        Assert.Equal("2026-001", SlugSuggestion.Next(2026, []));
        Assert.Equal("2026-004", SlugSuggestion.Next(2026, ["2026-003", "2025-009", "public-rules"]));
    }
}
