using System.Security.Cryptography;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Review;

namespace Consultation.Core.Content;

/// <summary>
/// A document in a column. Every save is a new <see cref="ArticleVersion"/>; the public sees only the version that
/// passed 三审 and was published, while editors keep working on newer versions.
/// </summary>
public sealed class Article : AggregateRoot
{
    private readonly List<ArticleVersion> _versions = [];

    private Article() { }

    public int Id { get; private set; }
    public int ColumnId { get; private set; }
    public string AuthorId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public ReviewWorkflow Workflow { get; private set; } = new();
    public IReadOnlyList<ArticleVersion> Versions => _versions;
    public int CurrentVersionNumber { get; private set; }
    public int? ApprovedVersionNumber { get; private set; }
    public int? PublishedVersionNumber { get; private set; }
    /// <summary>Denormalised from the published version so lists need no join.</summary>
    public string? PublishedTitle { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? PublishAt { get; private set; }
    public DateTimeOffset? UnpublishAt { get; private set; }
    /// <summary>Unguessable token for the private preview URL.</summary>
    public string PreviewToken { get; private set; } = "";
    /// <summary>Year of the 政务公开工作要点 task table rendered under this article, if any.</summary>
    public int? WorkPlanYear { get; private set; }

    public override string AuditSubjectType => "article";

    public override string AuditSubjectKey => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool IsPublished => PublishedVersionNumber is not null;

    public ArticleVersion CurrentVersion => VersionNumbered(CurrentVersionNumber);

    public ArticleVersion? PublishedVersion =>
        PublishedVersionNumber is { } n ? VersionNumbered(n) : null;

    public static Article Create(int columnId, ArticleContent content, Actor author, DateTimeOffset now)
    {
        author.EnsureCanEdit();
        var article = new Article
        {
            ColumnId = columnId,
            AuthorId = author.UserId,
            CreatedAt = now,
            PreviewToken = NewToken(),
        };
        article.AddVersion(content.Validated(), author, now, note: null);
        return article;
    }

    public ArticleVersion VersionNumbered(int number) =>
        _versions.SingleOrDefault(v => v.Number == number) ?? throw new DomainException("article.version_not_found");

    /// <summary>Saves a new version. The review starts again; what is public stays public until the new version passes.</summary>
    public ArticleVersion Revise(ArticleContent content, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        // 索引号 identifies the document, not the version: a version saved without one keeps the article's.
        var validated = IndexNumberScheme.Filled(content, () => CurrentVersion.Metadata.IndexNumber).Validated();
        var restart = Workflow.RestartForNewVersion();
        var version = AddVersion(validated, editor, now, note: null);
        if (restart is not null) RaiseTransition(restart, editor, now, comment: null);
        return version;
    }

    /// <summary>Rolls back by copying an older version into a new one, so history is never rewritten.</summary>
    public ArticleVersion RollBackTo(int versionNumber, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        var source = VersionNumbered(versionNumber);
        var restart = Workflow.RestartForNewVersion();
        var version = AddVersion(source.Content, editor, now, note: $"rollback:{versionNumber}");
        RaiseTransition(restart ?? new ReviewTransition(ReviewState.Draft, ReviewState.Draft, "rollback"), editor, now,
            comment: $"v{versionNumber}");
        return version;
    }

    public void MoveToColumn(int columnId, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (ColumnId == columnId) return;
        ColumnId = columnId;
        Raise(new ArticleMoved(columnId, now));
    }

    public void Submit(Actor actor, DateTimeOffset now) => RaiseTransition(Workflow.Submit(actor), actor, now, null);

    public void SendBack(Actor actor, string? comment, DateTimeOffset now) =>
        RaiseTransition(Workflow.SendBack(actor, comment), actor, now, comment?.Trim());

    /// <summary>Passes the current review stage; after 终审 the version is published now or at its scheduled time.</summary>
    public void Approve(Actor actor, DateTimeOffset now)
    {
        var authors = _versions.Where(v => v.Number == CurrentVersionNumber).Select(v => v.SavedBy)
            .Append(AuthorId).ToHashSet();
        var transition = Workflow.Approve(actor, authors);
        RaiseTransition(transition, actor, now, null);
        if (transition.To != ReviewState.Approved) return;
        ApprovedVersionNumber = CurrentVersionNumber;
        PublishIfDue(now);
    }

    public void Schedule(DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, Actor editor)
    {
        editor.EnsureCanEdit();
        if (publishAt is not null && unpublishAt is not null && unpublishAt <= publishAt)
            throw new DomainException("article.unpublish_before_publish");
        PublishAt = publishAt;
        UnpublishAt = unpublishAt;
    }

    /// <summary>Publishes the approved version once its time has come. Returns whether anything changed.</summary>
    public bool PublishIfDue(DateTimeOffset now)
    {
        if (ApprovedVersionNumber is not { } approved || approved == PublishedVersionNumber) return false;
        if (PublishAt is { } at && at > now) return false;
        if (UnpublishAt is { } end && end <= now) return false;
        var version = VersionNumbered(approved);
        PublishedVersionNumber = approved;
        PublishedTitle = version.Title;
        PublishedAt ??= now;
        Raise(Transition(version, "system", "system", "publish", "Approved", "Published", null, now));
        return true;
    }

    /// <summary>Takes the article down once its unpublish time has come. Returns whether anything changed.</summary>
    public bool UnpublishIfDue(DateTimeOffset now)
    {
        if (PublishedVersionNumber is not { } published || UnpublishAt is not { } end || end > now) return false;
        Raise(Transition(VersionNumbered(published), "system", "system", "unpublish", "Published", "Unpublished", null, now));
        PublishedVersionNumber = null;
        ApprovedVersionNumber = null;
        PublishedTitle = null;
        return true;
    }

    public void RegeneratePreviewToken() => PreviewToken = NewToken();

    public void AttachWorkPlan(int? year) => WorkPlanYear = year;

    private ArticleVersion AddVersion(ArticleContent content, Actor editor, DateTimeOffset now, string? note)
    {
        var version = ArticleVersion.Create(CurrentVersionNumber + 1, content, editor.UserId, editor.DisplayName, now, note);
        _versions.Add(version);
        CurrentVersionNumber = version.Number;
        return version;
    }

    private void RaiseTransition(ReviewTransition t, Actor actor, DateTimeOffset now, string? comment) =>
        Raise(Transition(CurrentVersion, actor.UserId, actor.DisplayName, t.Action, t.From.ToString(), t.To.ToString(),
            comment, now));

    private DocumentTransitioned Transition(ArticleVersion version, string actorId, string actorName, string action,
        string from, string to, string? comment, DateTimeOffset now) =>
        new(version.Title, actorId, actorName,
            action, from, to, version.Number, version.Hash, comment, now);

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
