using Consultation.Core;
using Consultation.Core.Search;

namespace Consultation.UnitTests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("  义务  教育 ", "义务 教育")]
    [InlineData("ＰＤＦ　２０２３年", "PDF 2023年")]
    [InlineData("教\u0000育\u200b学\u202e校", "教 育 学 校")]
    [InlineData("\ufffd教育\ufffd", "教育")]
    [InlineData("😀", "😀")]
    [InlineData(null, "")]
    public void Typed_text_is_cleaned_into_plain_searchable_text(string? typed, string expected) =>
        Assert.Equal(expected, SearchText.Clean(typed));

    [Fact]
    public void Lone_halves_of_surrogate_pairs_are_dropped_and_whole_pairs_kept()
    {
        var typed = new string(['\ud800', '教', '育', '\udfff', '\ud83d', '\ude00', '\udc00']);

        Assert.Equal("教育😀", SearchText.Clean(typed));
    }

    [Fact]
    public void Text_is_cut_at_the_longest_query_without_splitting_a_character_pair()
    {
        var (text, shortened) = SearchText.Cleaned("a" + string.Concat(Enumerable.Repeat("😀", 200)));

        Assert.True(shortened);
        Assert.True(text.Length <= SearchText.MaxLength);
        Assert.False(char.IsHighSurrogate(text[^1]));
    }

    [Fact]
    public void A_synonym_needs_a_term_and_an_alternative_other_than_itself()
    {
        Assert.Equal("synonym.term_required", Assert.Throws<DomainException>(() => SearchSynonym.Create(" ", "义务教育")).MessageKey);
        Assert.Equal("synonym.alternatives_required", Assert.Throws<DomainException>(() => SearchSynonym.Create("义教", "义教、 ")).MessageKey);
        var synonym = SearchSynonym.Create(" 双减 ", "减负，减轻学生负担、减负");
        Assert.Equal("双减", synonym.Term);
        Assert.Equal(["减负", "减轻学生负担"], synonym.Alternatives);
    }
}
