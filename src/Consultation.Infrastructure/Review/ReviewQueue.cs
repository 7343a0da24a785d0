using Consultation.Core.Accounts;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Review;

/// <summary>
/// Each person's 三审 queue across every reviewed kind. An item is offered for review exactly when its workflow's
/// <see cref="Core.Review.ReviewWorkflow.MayApprove"/> accepts the person, and listed as returned when
/// <see cref="Core.Review.ReviewWorkflow.IsReturnedTo"/> does: the rule lives on the workflow, not here.
/// </summary>
public sealed class ReviewQueue(IEnumerable<ReviewedKind> kinds, ConsultationDbContext db)
{
    public async Task<QueuedReviews> ForAsync(Actor actor, CancellationToken ct = default)
    {
        var toReview = new List<(ReviewedKind Kind, PendingReview Item)>();
        var returned = new List<(ReviewedKind Kind, PendingReview Item)>();
        foreach (var kind in kinds)
        {
            foreach (var item in (await kind.PendingAsync(ct)).OrderByDescending(p => p.Id))
            {
                if (item.Workflow.MayApprove(actor, item.Authors)) toReview.Add((kind, item));
                else if (item.Workflow.IsReturnedTo(actor.UserId, item.Authors)) returned.Add((kind, item));
            }
        }
        var submitterIds = toReview.Concat(returned).Select(p => p.Item.Workflow.SubmittedBy).OfType<string>()
            .Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => submitterIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        ReviewQueueRow Row((ReviewedKind Kind, PendingReview Item) p) => new(p.Kind.Key, p.Item.Title,
            p.Kind.PageOf(p.Item.Id), p.Item.Workflow.State,
            p.Item.Workflow.SubmittedBy is { } s ? names.GetValueOrDefault(s, s) : null,
            p.Item.Workflow.ReturnComment, p.Item.Workflow.ReturnedBy);
        return new QueuedReviews(toReview.Select(Row).ToList(), returned.Select(Row).ToList());
    }
}
