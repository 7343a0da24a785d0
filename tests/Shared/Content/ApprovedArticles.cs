using Consultation.Core.Accounts;
using Consultation.Core.Content;

namespace Consultation.Tests;

/// <summary>
/// An article written, scheduled and taken through 三审 by made-up people, as the scheduled publisher finds it: approved
/// and due at its publish time. Linked into the integration tests and the two-node checks from <c>tests/Shared</c>.
/// </summary>
public static class ApprovedArticles
{
    public static Article Due(int columnId, string title, string body, DateTimeOffset publishAt, DateTimeOffset unpublishAt,
        string people = "sched")
    {
        var now = DateTimeOffset.UtcNow;
        var editor = Person($"{people}-editor", BackOfficeRoles.Editor);
        var article = Article.Create(columnId, new ArticleContent(title, body, DocumentMetadata.Empty("山东省教育厅")), editor, now);
        article.Schedule(publishAt, unpublishAt, editor);
        article.Submit(editor, now);
        article.Approve(Person($"{people}-1", BackOfficeRoles.FirstReviewer), now);
        article.Approve(Person($"{people}-2", BackOfficeRoles.SecondReviewer), now);
        article.Approve(Person($"{people}-3", BackOfficeRoles.FinalReviewer), now);
        return article;
    }

    private static Actor Person(string id, string role) => new(id, id, new HashSet<string> { role });
}
