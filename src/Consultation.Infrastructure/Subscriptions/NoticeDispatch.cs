using Consultation.Core.Subscriptions;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Subscriptions;

/// <summary>
/// Queues one notice for everyone who follows it: confirmed subscriptions of the given topics (for one consultation,
/// or site-wide), confirmed by the time it happened. One mail per address per notice, however many of their
/// subscriptions match, and none again if the notice is dispatched twice (the mail key is unique).
/// </summary>
public sealed class NoticeDispatch(IServiceScopeFactory scopes, SubscriptionMails mails, MailQueue queue)
{
    public async Task<int> SendAsync(Notice notice, int? consultationId, IReadOnlyCollection<SubscriptionTopic> topics,
        CancellationToken ct)
    {
        var followers = await FollowersAsync(consultationId, topics, ct);
        var drafts = followers.Where(s => s.ReceivesNoticeOf(notice.HappenedAt))
            .GroupBy(s => s.Email).Select(g => g.OrderBy(s => s.Id).First())
            .Select(s => mails.NoticeTo(s, notice)).ToList();
        return await queue.EnqueueAsync(drafts, ct);
    }

    /// <summary>Confirmed subscriptions of <paramref name="topics"/>: those of the consultation and the site-wide ones.</summary>
    public async Task<List<Subscription>> FollowersAsync(int? consultationId, IReadOnlyCollection<SubscriptionTopic> topics,
        CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return await db.Set<Subscription>().AsNoTracking()
            .Where(s => s.State == SubscriptionState.Confirmed && topics.Contains(s.Topic)
                        && (s.ConsultationId == null || s.ConsultationId == consultationId))
            .ToListAsync(ct);
    }
}
