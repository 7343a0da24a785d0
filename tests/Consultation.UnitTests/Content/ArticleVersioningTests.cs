using Consultation.Core;
using Consultation.Core.Review;

namespace Consultation.UnitTests.Content;

public sealed class ArticleVersioningTests
{
    private static readonly DateTimeOffset Now = ArticleBuilder.Now;

    [Fact]
    public void Every_save_is_a_new_version()
    {
        var article = ArticleBuilder.Draft();
        article.Revise(ArticleBuilder.Content(body: "第二版"), Actors.OtherEditor, Now.AddMinutes(5));

        Assert.Equal([1, 2], article.Versions.Select(v => v.Number));
        Assert.Equal("第二版", article.CurrentVersion.BodyMarkdown);
        Assert.Equal("正文", article.VersionNumbered(1).BodyMarkdown);
        Assert.NotEqual(article.VersionNumbered(1).Hash, article.CurrentVersion.Hash);
    }

    [Fact]
    public void Rolling_back_copies_the_old_version_into_a_new_one()
    {
        var article = ArticleBuilder.Draft();
        article.Revise(ArticleBuilder.Content(body: "错误的修改"), Actors.Editor, Now);

        article.RollBackTo(1, Actors.Editor, Now);

        Assert.Equal(3, article.CurrentVersionNumber);
        Assert.Equal("正文", article.CurrentVersion.BodyMarkdown);
        Assert.Equal(article.VersionNumbered(1).Hash, article.CurrentVersion.Hash);
        Assert.Equal("错误的修改", article.VersionNumbered(2).BodyMarkdown);
    }

    [Fact]
    public void Revising_a_published_article_keeps_the_public_version_until_the_new_one_passes()
    {
        var article = ArticleBuilder.Approved();

        article.Revise(ArticleBuilder.Content(title: "新标题"), Actors.Editor, Now);

        Assert.Equal(ReviewState.Draft, article.Workflow.State);
        Assert.Equal(1, article.PublishedVersionNumber);
        Assert.Equal("关于征求意见的通知", article.PublishedTitle);
    }

    [Fact]
    public void Scheduled_publish_waits_for_its_time_and_unpublish_takes_it_down()
    {
        var article = ArticleBuilder.Draft();
        article.Schedule(Now.AddHours(2), Now.AddDays(3), Actors.Editor);
        article.Submit(Actors.Editor, Now);
        article.Approve(Actors.First, Now);
        article.Approve(Actors.Second, Now);
        article.Approve(Actors.Final, Now);

        Assert.Null(article.PublishedVersionNumber);
        Assert.False(article.PublishIfDue(Now.AddHours(1)));
        Assert.True(article.PublishIfDue(Now.AddHours(2)));
        Assert.Equal(1, article.PublishedVersionNumber);
        Assert.False(article.UnpublishIfDue(Now.AddDays(2)));
        Assert.True(article.UnpublishIfDue(Now.AddDays(3)));
        Assert.Null(article.PublishedVersionNumber);
        Assert.False(article.PublishIfDue(Now.AddDays(4)));
    }

    [Fact]
    public void Unpublish_before_publish_is_refused()
    {
        var article = ArticleBuilder.Draft();

        var refused = Assert.Throws<DomainException>(() => article.Schedule(Now.AddDays(2), Now.AddDays(1), Actors.Editor));

        Assert.Equal("article.unpublish_before_publish", refused.MessageKey);
        Assert.Null(article.PublishAt);
    }

    [Fact]
    public void A_blank_title_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Consultation.Core.Content.Article.Create(1, ArticleBuilder.Content(title: "  "), Actors.Editor, Now));

        Assert.Equal("article.title_required", refused.MessageKey);
    }
}
