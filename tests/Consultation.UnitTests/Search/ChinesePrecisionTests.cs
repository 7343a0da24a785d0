using Consultation.Infrastructure.Search;
using static Consultation.UnitTests.Search.TestIndex;

namespace Consultation.UnitTests.Search;

/// <summary>Searching Chinese precisely: words over characters, mixed text, clauses, synonyms, traditional characters.</summary>
public sealed class ChinesePrecisionTests
{
    [Fact]
    public void A_search_for_compulsory_education_ranks_it_above_documents_that_only_mention_education()
    {
        using var index = new TestIndex(
            Doc("教育厅年度工作总结", "全省教育系统推进各项工作，教育质量稳步提升。"),
            Doc("课后服务通知", "进一步做好义务教育阶段学校课后服务工作。"),
            Doc("高校招生", "高等教育招生计划公布。"));

        var titles = index.Titles("义务教育");

        Assert.Equal("课后服务通知", titles[0]);
        Assert.DoesNotContain("高校招生", titles);
    }

    [Fact]
    public void A_search_for_education_also_finds_compulsory_education_but_ranks_the_plain_word_first()
    {
        using var index = new TestIndex(
            Doc("课后服务通知", "进一步做好义务教育阶段学校课后服务工作。"),
            Doc("教育工作要点", "推动教育高质量发展。"));

        var titles = index.Titles("教育");

        Assert.Equal(["教育工作要点", "课后服务通知"], titles);
    }

    [Theory]
    [InlineData("2023年 政务公开")]
    [InlineData("PDF")]
    [InlineData("pdf")]
    [InlineData("鲁教办字〔2025〕12号")]
    [InlineData("鲁教办字[2025]12号")]
    public void Mixed_chinese_english_and_number_queries_find_the_document(string query)
    {
        using var index = new TestIndex(
            Doc("关于印发2023年政务公开工作要点的通知", "附件提供PDF文件下载。", summary: "鲁教办字〔2025〕12号"),
            Doc("其他通知", "2022年政务信息报送，鲁教办字〔2024〕3号。"));

        Assert.Equal("关于印发2023年政务公开工作要点的通知", index.Titles(query).FirstOrDefault());
    }

    [Fact]
    public void Characters_typed_together_that_form_no_word_must_stand_together()
    {
        using var index = new TestIndex(
            Doc("鲁教办字〔2025〕12号 通知", "正文。"),
            Doc("四个单字", "鲁、教、办、字分别出现在这里。"));

        Assert.Equal(["鲁教办字〔2025〕12号 通知"], index.Titles("鲁教办字"));
    }

    [Fact]
    public void A_synonym_for_a_fixed_wording_finds_that_wording_and_not_its_words_scattered()
    {
        using var index = new TestIndex(
            Doc("减负通知", "切实减轻学生过重作业负担和校外培训负担。"),
            Doc("作业管理", "减轻、学生、过重、作业、负担、和、校外、培训，这些词分别出现。"));
        index.Synonyms = new SynonymSet([("双减", ["减轻学生过重作业负担和校外培训负担"])]);

        Assert.Equal(["减负通知"], index.Titles("双减"));
    }

    [Fact]
    public void Traditional_characters_find_simplified_text()
    {
        using var index = new TestIndex(Doc("义务教育学校管理办法", "学校应当保障学生权益。"));

        Assert.Equal(["义务教育学校管理办法"], index.Titles("義務教育 學校"));
    }

    [Fact]
    public void A_synonym_widens_the_query_to_its_alternatives()
    {
        using var index = new TestIndex(Doc("义务教育课后服务", "课后服务收费标准。"), Doc("高中教育", "普通高中。"));

        Assert.Empty(index.Titles("义教"));
        index.Synonyms = new SynonymSet([("义教", ["义务教育"])]);

        Assert.Equal(["义务教育课后服务"], index.Titles("义教"));
        Assert.Equal(["义务教育课后服务"], index.Titles("义教课后服务"));
    }

    [Fact]
    public void A_word_in_the_title_ranks_above_one_in_the_summary_above_one_in_the_body()
    {
        using var index = new TestIndex(
            Doc("正文提到", "本文件涉及校外培训机构的管理，另有其他很多内容。"),
            Doc("摘要提到", "其他内容。", summary: "校外培训"),
            Doc("校外培训监管办法", "其他内容。"));

        Assert.Equal(["校外培训监管办法", "摘要提到", "正文提到"], index.Titles("校外培训"));
    }

    [Fact]
    public void A_quoted_phrase_must_appear_as_written()
    {
        using var index = new TestIndex(
            Doc("甲", "加强学生体质健康管理。"),
            Doc("乙", "学生的管理，以及体质健康监测。"));

        Assert.Equal(["甲"], index.Titles("\"体质健康管理\""));
        Assert.Equal(2, index.Search("体质 管理").Total);
    }

    [Fact]
    public void When_no_result_has_every_word_results_with_some_words_are_shown_and_marked_relaxed()
    {
        using var index = new TestIndex(Doc("课后服务通知", "义务教育阶段课后服务。"));

        var results = index.Search("课后服务 无人机");

        Assert.True(results.Relaxed);
        Assert.Equal("课后服务通知", Assert.Single(results.Hits).Title);
    }
}
