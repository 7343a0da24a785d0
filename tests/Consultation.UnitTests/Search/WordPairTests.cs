using static Consultation.UnitTests.Search.TestIndex;

namespace Consultation.UnitTests.Search;

/// <summary>Words typed side by side, looked up as word pairs; an index merged down after a bulk load.</summary>
public sealed class WordPairTests
{
    [Fact]
    public void Words_typed_together_rank_documents_where_they_stand_together_first()
    {
        using var index = new TestIndex(
            Doc("甲", "对群众意见，按规定予以采纳。"),
            Doc("乙", "群众意见采纳情况，按规定公开。"));

        Assert.Equal(["乙", "甲"], index.Titles("意见采纳"));
    }

    [Fact]
    public void A_count_of_days_is_found_and_marked_where_it_is_written_and_not_where_its_words_are_apart()
    {
        using var index = new TestIndex(
            Doc("甲", "全省10个市在工作日开放咨询。"),
            Doc("乙", "自收到之日起10个工作日内答复。"));

        var hit = Assert.Single(index.Search("10个工作日").Hits);
        Assert.Equal("乙", hit.Title);
        Assert.Contains("<mark>10</mark><mark>个工作日</mark>内答复", hit.SnippetHtml);
    }

    [Fact]
    public async Task Merging_an_index_down_keeps_every_result_and_its_order()
    {
        using var index = new TestIndex(Doc("课后服务通知", "义务教育阶段课后服务。"));
        index.Add(Doc("课后服务收费", "课后服务收费标准。"));
        index.Add(Doc("教育工作要点", "推动义务教育优质均衡发展。"));
        index.Add(Doc("校外培训", "规范校外培训，课后服务提质。"));
        var before = index.Titles("课后服务");

        await index.Index.MergeDownAsync(2, CancellationToken.None);

        Assert.True(index.Index.Search(s => s.IndexReader.Leaves.Count) <= 2);
        Assert.Equal(4, index.Index.DocumentCount);
        Assert.Equal(before, index.Titles("课后服务"));
    }
}
