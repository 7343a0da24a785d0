using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Subscriptions;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Subscriptions;

/// <summary>
/// The public side of subscriptions: a request stores a pending subscription and queues its confirmation mail in one
/// transaction; the mailed token confirms it; the token in every mail ends it. A request answers the same whether the
/// address was new, pending or already confirmed, so the form never tells anyone who follows what.
/// </summary>
public sealed class SubscriptionDesk(ConsultationDbContext db, SubscriptionMails mails, SubscriptionTokens tokens,
    ReceiptHasher receipts, IOptions<SubscriptionOptions> options, TimeProvider clock)
{
    private TimeSpan Validity => TimeSpan.FromDays(Math.Max(1, options.Value.ConfirmationValidDays));

    public async Task RequestAsync(SubscriptionRequest request, CancellationToken ct)
    {
        // A commenter's own subscription is made only with the comment form, which knows the comment.
        if (request.Topic == SubscriptionTopic.CommentReport) throw new DomainException("subscription.topic_required");
        var email = Subscription.Normalise(request.Email);
        var consultationId = request.Topic == SubscriptionTopic.Consultation ? request.ConsultationId : null;
        string? title = null;
        if (request.Topic == SubscriptionTopic.Consultation)
        {
            title = await ConsultationTitleAsync(consultationId, ct) ?? throw new DomainException("subscription.consultation_unknown");
        }
        var existing = await db.Set<Subscription>().SingleOrDefaultAsync(s => s.Email == email && s.Topic == request.Topic
            && s.ConsultationId == consultationId && s.CommentId == null, ct);
        await RequestOrRenewAsync(existing, email, request.Topic, consultationId, null, title, ct);
    }

    /// <summary>
    /// The commenter's opt-in, made with the comment form: told when the report answering the comment with
    /// <paramref name="receiptCode"/> is published. Double opt-in as well: the address typed may not be theirs.
    /// </summary>
    public async Task RequestForCommentAsync(string receiptCode, string? email, CancellationToken ct)
    {
        var address = Subscription.Normalise(email);
        var lookup = ReceiptCode.Lookup(receiptCode);
        var candidates = await db.Comments.AsNoTracking().Where(c => c.ReceiptLookup == lookup)
            .Select(c => new { c.Id, c.ConsultationId, c.ReceiptHash }).ToListAsync(ct);
        var comment = receipts.Match(receiptCode, candidates, c => c.ReceiptHash) ?? throw new ItemNotFoundException();
        var title = await db.Consultations.AsNoTracking().Where(c => c.Id == comment.ConsultationId).Select(c => c.Title)
            .SingleAsync(ct);
        var existing = await db.Set<Subscription>().SingleOrDefaultAsync(s => s.Email == address
            && s.Topic == SubscriptionTopic.CommentReport && s.CommentId == comment.Id, ct);
        await RequestOrRenewAsync(existing, address, SubscriptionTopic.CommentReport, comment.ConsultationId, comment.Id,
            title, ct);
    }

    /// <summary>The title of a published consultation the form offers to follow; null for any other id.</summary>
    public Task<string?> ConsultationTitleAsync(int? consultationId, CancellationToken ct) =>
        db.Consultations.AsNoTracking().Where(c => c.Id == consultationId && c.PublishedAt != null).Select(c => c.Title)
            .SingleOrDefaultAsync(ct);

    /// <summary>The subscription a confirmation link names, for the page that asks to confirm; null for a bad link.</summary>
    public Task<SubscriptionView?> ConfirmationAsync(string token, CancellationToken ct) =>
        ViewAsync(ByConfirmation(token), ct);

    public async Task ConfirmAsync(string token, CancellationToken ct) =>
        await db.ChangeAsync(ByConfirmation(token), s => s.Confirm(clock.GetUtcNow(), Validity), ct);

    /// <summary>The subscription an unsubscribe link names; null for a link this site did not make.</summary>
    public Task<SubscriptionView?> UnsubscriptionAsync(string token, CancellationToken ct) =>
        tokens.SubscriptionOf(token) is { } id ? ViewAsync(db.Set<Subscription>().Where(s => s.Id == id), ct)
            : Task.FromResult<SubscriptionView?>(null);

    public async Task UnsubscribeAsync(string token, CancellationToken ct)
    {
        var id = tokens.SubscriptionOf(token) ?? throw new ItemNotFoundException();
        await db.ChangeAsync(db.Set<Subscription>().Where(s => s.Id == id), s => s.Unsubscribe(clock.GetUtcNow()), ct);
    }

    private IQueryable<Subscription> ByConfirmation(string token)
    {
        var hash = SubscriptionTokens.HashOf(token ?? "");
        return db.Set<Subscription>().Where(s => s.ConfirmationTokenHash == hash && s.State != SubscriptionState.Unsubscribed);
    }

    private async Task<SubscriptionView?> ViewAsync(IQueryable<Subscription> one, CancellationToken ct) =>
        await one.AsNoTracking()
            .GroupJoin(db.Consultations, s => s.ConsultationId, c => c.Id, (s, cs) => new { s, cs })
            .SelectMany(x => x.cs.DefaultIfEmpty(), (x, c) => new SubscriptionView(x.s.Topic, c == null ? null : c.Title,
                c == null ? null : c.Slug, x.s.State))
            .SingleOrDefaultAsync(ct);

    /// <summary>
    /// A new request, or the same address asking again: a pending one gets a fresh link (at most one mail per
    /// <see cref="SubscriptionOptions.ResendAfterMinutes"/>, so the form cannot be used to flood a mailbox); a
    /// confirmed one gets nothing, and the answer is the same.
    /// </summary>
    private async Task RequestOrRenewAsync(Subscription? existing, string email, SubscriptionTopic topic,
        int? consultationId, long? commentId, string? title, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (existing is { State: SubscriptionState.Confirmed }) return;
        if (existing is not null && now - existing.RequestedAt < TimeSpan.FromMinutes(Math.Max(0, options.Value.ResendAfterMinutes)))
            return;
        var (token, hash) = SubscriptionTokens.NewConfirmation();
        var subscription = existing ?? Subscription.Request(email, topic, consultationId, commentId, hash, now);
        if (existing is null) db.Add(subscription);
        else existing.Renew(email, hash, now);
        tokens.EnsureKey();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.Add(OutgoingMail.From(mails.Confirmation(subscription, token, title), now));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
