using Consultation.Core.Consultations;

namespace Consultation.UnitTests.Consultations;

public sealed class ClauseSplitterTests
{
    [Fact]
    public void A_regulation_splits_at_each_article_and_skips_chapter_headings()
    {
        const string draft = """
            山东省中小学校管理办法（征求意见稿）

            第一章　总则

            第一条　为了规范中小学校管理，制定本办法。

            第二条　本办法适用于本省行政区域内的中小学校。
            前款所称中小学校包括小学、初中和普通高中。

            第二章　学校管理

            第十一条　学校应当公开收费项目。
            第一百零二条　本办法自2026年1月1日起施行。
            """;

        var clauses = ClauseSplitter.Split(draft);

        Assert.Equal(["第一条", "第二条", "第十一条", "第一百零二条"], clauses.Select(c => c.Label));
        Assert.Equal(["tiao-1", "tiao-2", "tiao-11", "tiao-102"], clauses.Select(c => c.Anchor));
        Assert.Equal("本办法适用于本省行政区域内的中小学校。\n前款所称中小学校包括小学、初中和普通高中。", clauses[1].Text);
        Assert.DoesNotContain(clauses, c => c.Text.Contains("第二章"));
    }

    [Fact]
    public void Article_markers_in_markdown_headings_or_bold_are_recognised()
    {
        var clauses = ClauseSplitter.Split("## 第1条 目的\n\n内容一\n\n**第2条** 内容二");

        Assert.Equal(["第1条", "第2条"], clauses.Select(c => c.Label));
        Assert.Equal(["tiao-1", "tiao-2"], clauses.Select(c => c.Anchor));
    }

    [Fact]
    public void A_notice_style_draft_splits_at_its_numbered_headings()
    {
        // Like the seed notice's task table: 一、… （一）… sections without 第N条.
        const string draft = "一、总体要求\n坚持公开为常态。\n\n二、重点任务\n（一）加强政策解读。\n\n三、保障措施\n加强组织领导。";

        var clauses = ClauseSplitter.Split(draft);

        Assert.Equal(["一、总体要求", "二、重点任务", "三、保障措施"], clauses.Select(c => c.Label));
        Assert.Equal(["section-1", "section-2", "section-3"], clauses.Select(c => c.Anchor));
        Assert.Contains("加强政策解读", clauses[1].Text);
    }

    [Fact]
    public void Markdown_headings_split_at_the_top_level_present()
    {
        var clauses = ClauseSplitter.Split("## 背景\n\n文字\n\n### 细节\n\n更多\n\n## 措施\n\n做法");

        Assert.Equal(["背景", "措施"], clauses.Select(c => c.Label));
        Assert.Contains("细节", clauses[0].Text);
    }

    [Fact]
    public void Plain_text_splits_by_paragraph()
    {
        var clauses = ClauseSplitter.Split("第一段文字。\n\n第二段文字。\r\n\r\n第三段。");

        Assert.Equal(["para-1", "para-2", "para-3"], clauses.Select(c => c.Anchor));
        Assert.Equal("第二段文字。", clauses[1].Text);
    }

    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("九十九", 99)]
    [InlineData("一百零二", 102)]
    [InlineData("一百二十三", 123)]
    [InlineData("15", 15)]
    public void Chinese_numerals_are_read(string text, int value) => Assert.Equal(value, ChineseNumeral.Parse(text));
}
