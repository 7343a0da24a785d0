using Consultation.Core.Search;
using Consultation.Infrastructure.Search;
using static Consultation.UnitTests.Search.TestIndex;

namespace Consultation.UnitTests.Search;

/// <summary>No string a visitor can send makes a search fail, and what is shown is always encoded text.</summary>
public sealed class HostileQueryTests
{
    public static TheoryData<string> Hostile() =>
    [
        "\"义务教育", "义务\"教育\"\"", "*", "**?", "教育*", ":", "title:教育", "body:", "AND", "教育 AND OR NOT 学校",
        "(教育", "教育)", "[1 TO 2]", "{}", "~", "教育~2", "+-教育", "-", "\\", "\\\"", "/", "/正则/", "&&||!",
        "\0\u0001\u0007\u001b", "\ud800", "\udc00教育", "教育\ud83d", "😀义务教育😀", "\u202e教育", "\uffff\ufffe",
        new string('教', 10_000), new string('"', 10_000), string.Concat(Enumerable.Repeat("教育 ", 3_000)),
        "<script>alert(1)</script>", "' OR 1=1 --", "%00", "　", " ", "",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Any_query_gives_results_or_none_and_never_an_error(string query)
    {
        using var index = new TestIndex(Doc("义务教育课后服务", "课后服务 <script>alert(1)</script> 教育 AND 学校"));
        index.Synonyms = new SynonymSet([("义教", ["义务教育"])]);

        var results = index.Search(query);

        Assert.True(results.Query.Length <= SearchText.MaxLength);
        Assert.False(results.Unavailable);
    }

    [Fact]
    public void Lone_surrogates_and_control_characters_built_in_code_give_an_answer()
    {
        using var index = new TestIndex(Doc("义务教育", "教育"));

        var results = index.Search(new string(['\ud800', '教', '\u0000', '育', '\udc00', '"', '\ud83d']));

        Assert.Equal("教 育\"", results.Query);
        Assert.False(results.Unavailable);
    }

    [Fact]
    public void Ten_thousand_characters_are_cut_to_the_longest_query_and_the_answer_says_so()
    {
        using var index = new TestIndex(Doc("义务教育", "教育"));

        var results = index.Search(new string('教', 10_000));

        Assert.True(results.Shortened);
        Assert.Equal(SearchText.MaxLength, results.Query.Length);
    }

    [Fact]
    public void Markup_in_a_document_is_encoded_in_titles_and_snippets_and_only_matches_are_marked()
    {
        using var index = new TestIndex(Doc("<b>义务教育</b> & \"课后\"",
            "希望义务教育阶段<script>alert('x')</script><img src=x onerror=alert(1)>延长课后服务。"));

        var hit = Assert.Single(index.Search("义务教育").Hits);

        Assert.Equal("&lt;b&gt;<mark>义务教育</mark>&lt;/b&gt; &amp; &quot;课后&quot;", hit.TitleHtml);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", hit.SnippetHtml);
        Assert.Contains("<mark>义务教育</mark>", hit.SnippetHtml);
        var tags = System.Text.RegularExpressions.Regex.Matches(hit.SnippetHtml + hit.TitleHtml, "<[^>]*>")
            .Select(m => m.Value).Distinct().Order();
        Assert.Equal(["</mark>", "<mark>"], tags);
    }
}
