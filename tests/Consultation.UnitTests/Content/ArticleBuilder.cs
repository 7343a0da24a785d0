using Consultation.Core.Accounts;
using Consultation.Core.Content;

namespace Consultation.UnitTests.Content;

internal static class ArticleBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    public static ArticleContent Content(string title = "关于征求意见的通知", string body = "正文") =>
        new(title, body, DocumentMetadata.Empty("山东省教育厅"));

    public static Article Draft(Actor? author = null) => Article.Create(1, Content(), author ?? Actors.Editor, Now);

    /// <summary>An article that passed all three reviews by three different reviewers.</summary>
    public static Article Approved()
    {
        var article = Draft();
        article.Submit(Actors.Editor, Now);
        article.Approve(Actors.First, Now);
        article.Approve(Actors.Second, Now);
        article.Approve(Actors.Final, Now);
        return article;
    }
}
