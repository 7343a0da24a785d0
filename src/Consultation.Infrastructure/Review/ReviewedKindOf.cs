using System.Globalization;
using System.Linq.Expressions;
using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Consultation.Infrastructure.Review;

/// <summary>
/// A reviewed kind stored as aggregate <typeparamref name="T"/>: the subclass says how to find one, where its workflow
/// is, how it looks in the queue and which entity verbs make the three moves. Loading and saving are done here, once.
/// </summary>
public abstract class ReviewedKind<T>(ConsultationDbContext db, TimeProvider clock) : ReviewedKind
    where T : AggregateRoot
{
    protected ConsultationDbContext Db => db;

    /// <summary>The one item the review URL names, tracked, with whatever its verbs need included.</summary>
    protected abstract IQueryable<T> WithId(int id);

    /// <summary>Every item of the kind, untracked, for the queue.</summary>
    protected abstract IQueryable<T> All { get; }

    /// <summary>The workflow this kind moves (a meeting has two).</summary>
    protected abstract Expression<Func<T, ReviewWorkflow>> Workflow { get; }

    /// <summary>How an item appears in the queue; its id is the one review URLs carry.</summary>
    protected abstract Expression<Func<T, PendingReview>> AsPending { get; }

    protected abstract void Submit(T item, Actor actor, DateTimeOffset now);

    protected abstract void Approve(T item, Actor actor, DateTimeOffset now);

    protected abstract void SendBack(T item, Actor actor, string? comment, DateTimeOffset now);

    /// <summary>Loads what a move needs beyond the item itself, before the verb runs (a report's readiness).</summary>
    protected virtual Task PrepareAsync(T item, ReviewMove move, CancellationToken ct) => Task.CompletedTask;

    public sealed override async Task<IReadOnlyList<PendingReview>> PendingAsync(CancellationToken ct) =>
        await All.Where(Waiting()).Select(AsPending).ToListAsync(ct);

    public sealed override async Task MoveAsync(int id, ReviewMove move, Actor actor, string? comment, int? seenStamp,
        CancellationToken ct)
    {
        var item = await WithId(id).SingleOrDefaultAsync(ct) ?? throw new ItemNotFoundException();
        if (seenStamp is { } seen && seen != item.ConcurrencyStamp) throw new ChangedMeanwhileException();
        await PrepareAsync(item, move, ct);
        var now = clock.GetUtcNow();
        switch (move)
        {
            case ReviewMove.Submit: Submit(item, actor, now); break;
            case ReviewMove.Approve: Approve(item, actor, now); break;
            default: SendBack(item, actor, comment, now); break;
        }
        await db.SaveChangesAsync(ct);
    }

    public override async Task<(string Type, string Key)?> AuditSubjectAsync(int id, CancellationToken ct)
    {
        var item = await WithId(id).AsNoTracking().SingleOrDefaultAsync(ct);
        return item is null ? null : (item.AuditSubjectType, item.AuditSubjectKey);
    }

    protected static string Invariant(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>In review, or sent back and not yet resubmitted: the items that wait for a person.</summary>
    private Expression<Func<T, bool>> Waiting()
    {
        Expression<Func<ReviewWorkflow, bool>> waits = w =>
            w.State == ReviewState.AwaitingFirstReview || w.State == ReviewState.AwaitingSecondReview ||
            w.State == ReviewState.AwaitingFinalReview || (w.State == ReviewState.Draft && w.ReturnComment != null);
        var workflow = Workflow;
        var body = ReplacingExpressionVisitor.Replace(waits.Parameters[0], workflow.Body, waits.Body);
        return Expression.Lambda<Func<T, bool>>(body, workflow.Parameters);
    }
}
