using Consultation.Core;
using Consultation.Core.Subscriptions;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Subscriptions;

/// <summary>
/// The notices no event announces, because time alone makes them true: a published consultation opens, closes within
/// <see cref="SubscriptionOptions.ClosingSoonDays"/> calendar days, closes. Every node compares the windows with its
/// clock every few minutes; each notice has a fixed key (<c>consultation:{id}:opened|closing-soon|closed</c>) and the
/// instant it became true, so however many runs and nodes see it, each follower gets it once.
/// </summary>
public sealed class ConsultationWindowNotices(ConsultationDbContext db, NoticeDispatch dispatch, SubscriptionMails mails,
    IOptions<SubscriptionOptions> options, TimeProvider clock) : IRecurringJob
{
    private static readonly SubscriptionTopic[] OpeningFollowers = [SubscriptionTopic.Consultation, SubscriptionTopic.NewConsultations];
    private static readonly SubscriptionTopic[] ConsultationFollowers = [SubscriptionTopic.Consultation];

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.WindowCheckIntervalSeconds));

    public Task RunAsync(CancellationToken ct) => QueueDueAsync(clock.GetUtcNow(), ct);

    /// <summary>Queues every window notice true at <paramref name="now"/> and not older than the look-back; returns mails queued.</summary>
    public async Task<int> QueueDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        var since = now.AddDays(-Math.Max(1, o.NoticeLookbackDays));
        var soon = TimeSpan.FromDays(Math.Max(0, o.ClosingSoonDays));
        var windows = await db.Consultations.AsNoTracking()
            .Where(c => c.PublishedAt != null && c.Window.OpensAt <= now && c.Window.ClosesAt >= since)
            .Select(c => new { c.Id, c.Slug, c.Title, c.Window.OpensAt, c.Window.ClosesAt, PublishedAt = c.PublishedAt!.Value })
            .ToListAsync(ct);
        var queued = 0;
        foreach (var c in windows)
        {
            var link = mails.ConsultationUrl(c.Slug);
            var closes = ShanghaiTime.DateTime(c.ClosesAt);
            var opened = c.OpensAt > c.PublishedAt ? c.OpensAt : c.PublishedAt;
            var isOpen = opened <= now && now < c.ClosesAt;
            if (isOpen && opened >= since)
                queued += await dispatch.SendAsync(new Notice($"consultation:{c.Id}:opened", opened,
                    $"开始征求意见：「{c.Title}」",
                    $"「{c.Title}」现已公开征求意见，截止时间为 {closes}（北京时间）。欢迎提出意见建议。", link), c.Id,
                    OpeningFollowers, ct);
            var closingSoon = c.ClosesAt - soon > opened ? c.ClosesAt - soon : opened;
            if (isOpen && closingSoon <= now && closingSoon >= since)
                queued += await dispatch.SendAsync(new Notice($"consultation:{c.Id}:closing-soon", closingSoon,
                    $"即将截止：「{c.Title}」",
                    $"「{c.Title}」将于 {closes}（北京时间）截止征求意见，尚未提出意见的请抓紧。", link), c.Id,
                    ConsultationFollowers, ct);
            if (c.ClosesAt <= now)
                queued += await dispatch.SendAsync(new Notice($"consultation:{c.Id}:closed", c.ClosesAt,
                    $"已截止：「{c.Title}」",
                    $"「{c.Title}」已于 {closes}（北京时间）截止征求意见。意见采纳情况将在作出决策后按期公布，届时另行通知。", link),
                    c.Id, ConsultationFollowers, ct);
        }
        return queued;
    }
}
