using Consultation.Core.Accounts;

namespace Consultation.Core.Review;

/// <summary>
/// 三审: 初审 → 复审 → 终审. Each stage is passed by a different person holding that stage's role, and never by an
/// author of the version under review. A reviewer may send the document back with a required comment.
/// </summary>
public sealed class ReviewWorkflow
{
    public ReviewState State { get; private set; } = ReviewState.Draft;
    public string? SubmittedBy { get; private set; }
    public string? FirstReviewerId { get; private set; }
    public string? SecondReviewerId { get; private set; }
    public string? FinalReviewerId { get; private set; }
    /// <summary>The last send-back comment, shown to the author until the next submission.</summary>
    public string? ReturnComment { get; private set; }
    public string? ReturnedBy { get; private set; }

    public static string RoleFor(ReviewState state) => state switch
    {
        ReviewState.AwaitingFirstReview => BackOfficeRoles.FirstReviewer,
        ReviewState.AwaitingSecondReview => BackOfficeRoles.SecondReviewer,
        ReviewState.AwaitingFinalReview => BackOfficeRoles.FinalReviewer,
        _ => throw new DomainException("review.not_in_review"),
    };

    public bool IsInReview => State is ReviewState.AwaitingFirstReview or ReviewState.AwaitingSecondReview
        or ReviewState.AwaitingFinalReview;

    public ReviewTransition Submit(Actor actor)
    {
        if (!actor.CanEdit) throw new DomainException("review.submit_requires_editor");
        if (State != ReviewState.Draft) throw new DomainException("review.already_submitted");
        SubmittedBy = actor.UserId;
        FirstReviewerId = SecondReviewerId = FinalReviewerId = null;
        ReturnComment = ReturnedBy = null;
        return Move(ReviewState.AwaitingFirstReview, "submit");
    }

    /// <summary>
    /// Who may pass the current stage, the one rule for approving and for offering an item in someone's review queue:
    /// it is in review, the person holds that stage's role, did not write or submit it, and passed no earlier stage.
    /// </summary>
    public bool MayApprove(Actor actor, IReadOnlyCollection<string> authors) => ApprovalRefusal(actor, authors) is null;

    /// <summary>A draft sent back waits for whoever wrote or submitted it.</summary>
    public bool IsReturnedTo(string userId, IReadOnlyCollection<string> authors) =>
        State == ReviewState.Draft && ReturnComment is not null && (authors.Contains(userId) || userId == SubmittedBy);

    /// <summary>Passes the current stage. <paramref name="authors"/> are everyone who wrote the version under review.</summary>
    public ReviewTransition Approve(Actor actor, IReadOnlyCollection<string> authors)
    {
        if (ApprovalRefusal(actor, authors) is { } refusal) throw new DomainException(refusal);
        switch (State)
        {
            case ReviewState.AwaitingFirstReview:
                FirstReviewerId = actor.UserId;
                return Move(ReviewState.AwaitingSecondReview, "approve");
            case ReviewState.AwaitingSecondReview:
                SecondReviewerId = actor.UserId;
                return Move(ReviewState.AwaitingFinalReview, "approve");
            default:
                FinalReviewerId = actor.UserId;
                return Move(ReviewState.Approved, "approve");
        }
    }

    public ReviewTransition SendBack(Actor actor, string? comment)
    {
        if (!IsInReview) throw new DomainException("review.not_in_review");
        if (!actor.IsIn(RoleFor(State))) throw new DomainException("review.wrong_stage_role");
        if (string.IsNullOrWhiteSpace(comment)) throw new DomainException("review.comment_required");
        ReturnComment = comment.Trim();
        ReturnedBy = actor.DisplayName;
        FirstReviewerId = SecondReviewerId = FinalReviewerId = null;
        return Move(ReviewState.Draft, "send_back");
    }

    /// <summary>A new version starts a new review round; an edit during review is refused so reviewers see what they approve.</summary>
    public ReviewTransition? RestartForNewVersion()
    {
        if (IsInReview) throw new DomainException("review.edit_during_review");
        if (State == ReviewState.Draft) return null;
        FirstReviewerId = SecondReviewerId = FinalReviewerId = null;
        return Move(ReviewState.Draft, "new_version");
    }

    private string? ApprovalRefusal(Actor actor, IReadOnlyCollection<string> authors)
    {
        if (!IsInReview) return "review.not_in_review";
        if (!actor.IsIn(RoleFor(State))) return "review.wrong_stage_role";
        if (authors.Contains(actor.UserId) || actor.UserId == SubmittedBy) return "review.self_approval";
        if (actor.UserId == FirstReviewerId || actor.UserId == SecondReviewerId) return "review.same_reviewer_twice";
        return null;
    }

    private ReviewTransition Move(ReviewState to, string action)
    {
        var from = State;
        State = to;
        return new ReviewTransition(from, to, action);
    }
}
