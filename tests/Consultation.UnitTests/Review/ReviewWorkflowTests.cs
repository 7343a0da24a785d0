using Consultation.Core;
using Consultation.Core.Audit;
using Consultation.Core.Content;
using Consultation.Core.Review;
using Consultation.UnitTests.Content;

namespace Consultation.UnitTests.Review;

public sealed class ReviewWorkflowTests
{
    private static readonly DateTimeOffset Now = ArticleBuilder.Now;

    [Fact]
    public void Three_different_reviewers_pass_the_document_and_it_is_published()
    {
        var article = ArticleBuilder.Approved();

        Assert.Equal(ReviewState.Approved, article.Workflow.State);
        Assert.Equal(1, article.PublishedVersionNumber);
        Assert.Equal("关于征求意见的通知", article.PublishedTitle);
    }

    [Fact]
    public void A_draft_is_not_public_before_review()
    {
        var article = ArticleBuilder.Draft();
        article.Submit(Actors.Editor, Now);
        article.Approve(Actors.First, Now);

        Assert.Null(article.PublishedVersionNumber);
        Assert.Equal(ReviewState.AwaitingSecondReview, article.Workflow.State);
    }

    [Fact]
    public void Skipping_a_stage_is_refused_and_changes_nothing()
    {
        var article = ArticleBuilder.Draft();
        article.Submit(Actors.Editor, Now);

        var refused = Assert.Throws<DomainException>(() => article.Approve(Actors.Final, Now));

        Assert.Equal("review.wrong_stage_role", refused.MessageKey);
        Assert.Equal(ReviewState.AwaitingFirstReview, article.Workflow.State);
    }

    [Fact]
    public void An_author_cannot_approve_their_own_document_even_with_reviewer_roles()
    {
        var article = ArticleBuilder.Draft(Actors.EditorReviewer);
        article.Submit(Actors.EditorReviewer, Now);

        var refused = Assert.Throws<DomainException>(() => article.Approve(Actors.EditorReviewer, Now));

        Assert.Equal("review.self_approval", refused.MessageKey);
        Assert.Equal(ReviewState.AwaitingFirstReview, article.Workflow.State);
    }

    [Fact]
    public void An_editor_who_revised_the_version_cannot_approve_it()
    {
        var article = ArticleBuilder.Draft();
        article.Revise(ArticleBuilder.Content(body: "改过"), Actors.EditorReviewer, Now);
        article.Submit(Actors.Editor, Now);

        var refused = Assert.Throws<DomainException>(() => article.Approve(Actors.EditorReviewer, Now));

        Assert.Equal("review.self_approval", refused.MessageKey);
    }

    [Fact]
    public void One_person_cannot_pass_two_stages()
    {
        var article = ArticleBuilder.Draft();
        article.Submit(Actors.Editor, Now);
        article.Approve(Actors.AllStages, Now);

        var refused = Assert.Throws<DomainException>(() => article.Approve(Actors.AllStages, Now));

        Assert.Equal("review.same_reviewer_twice", refused.MessageKey);
        Assert.Equal(ReviewState.AwaitingSecondReview, article.Workflow.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Sending_back_without_a_comment_is_refused(string? comment)
    {
        var article = ArticleBuilder.Draft();
        article.Submit(Actors.Editor, Now);

        var refused = Assert.Throws<DomainException>(() => article.SendBack(Actors.First, comment, Now));

        Assert.Equal("review.comment_required", refused.MessageKey);
        Assert.Equal(ReviewState.AwaitingFirstReview, article.Workflow.State);
    }

    [Fact]
    public void A_sent_back_document_returns_to_draft_with_the_comment_for_the_author()
    {
        var article = ArticleBuilder.Draft();
        article.Submit(Actors.Editor, Now);
        article.Approve(Actors.First, Now);
        article.SendBack(Actors.Second, "第三段数据需核实", Now);

        Assert.Equal(ReviewState.Draft, article.Workflow.State);
        Assert.Equal("第三段数据需核实", article.Workflow.ReturnComment);
        // The next round starts from 初审 again, with no reviewer remembered.
        article.Submit(Actors.Editor, Now);
        Assert.Null(article.Workflow.ReturnComment);
        Assert.Null(article.Workflow.FirstReviewerId);
    }

    [Fact]
    public void Editing_during_review_is_refused()
    {
        var article = ArticleBuilder.Draft();
        article.Submit(Actors.Editor, Now);

        var refused = Assert.Throws<DomainException>(() => article.Revise(ArticleBuilder.Content(body: "x"), Actors.Editor, Now));

        Assert.Equal("review.edit_during_review", refused.MessageKey);
        Assert.Single(article.Versions);
    }

    [Fact]
    public void Every_transition_raises_an_event_with_the_version_hash()
    {
        var article = ArticleBuilder.Approved();
        var events = article.DomainEvents.OfType<DocumentTransitioned>().ToList();

        Assert.Equal(["submit", "approve", "approve", "approve", "publish"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal(article.CurrentVersion.Hash, e.VersionHash));
        Assert.Equal(ArticleVersion.HashOf(article.CurrentVersion.Content), article.CurrentVersion.Hash);
    }

    [Fact]
    public void An_auditor_cannot_submit()
    {
        var article = ArticleBuilder.Draft();

        var refused = Assert.Throws<DomainException>(() => article.Submit(Actors.Auditor, Now));

        Assert.Equal("review.submit_requires_editor", refused.MessageKey);
    }
}
