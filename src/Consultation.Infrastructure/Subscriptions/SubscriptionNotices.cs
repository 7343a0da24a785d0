using System.Globalization;
using System.Text.Json;
using Consultation.Core;
using Consultation.Core.Audit;
using Consultation.Core.Comments;
using Consultation.Core.Subscriptions;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Mail;
using Consultation.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Subscriptions;

/// <summary>
/// Turns published facts from the outbox into queued mail: a feedback report published after 终审, a decision recorded,
/// a catalog line published. Every node runs it; the mail keys make the second run (or the second node) insert nothing,
/// and the position is kept in the database, so a node starting up does not read the retained history again.
/// </summary>
public sealed class SubscriptionNotices(IServiceScopeFactory scopes, NoticeDispatch dispatch, SubscriptionMails mails,
    MailQueue queue, ReceiptHasher receipts) : IOutboxHandler
{
    private static readonly SubscriptionTopic[] ConsultationFollowers = [SubscriptionTopic.Consultation];
    private static readonly SubscriptionTopic[] CatalogFollowers = [SubscriptionTopic.Catalog];

    public string Name => NoticePosition.SingleName;

    /// <summary>Where the notices stand; on the very first run, the newest message (history is not news).</summary>
    public async Task<long> PositionAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        if (await db.Set<NoticePosition>().AsNoTracking().SingleOrDefaultAsync(p => p.Name == NoticePosition.SingleName, ct)
            is { } position) return position.LastId;
        var latest = await db.Set<OutboxMessage>().MaxAsync(m => (long?)m.Id, ct) ?? 0;
        db.Add(new NoticePosition { LastId = latest });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node started at the same moment; its row is as good.
        }
        return latest;
    }

    public async Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        foreach (var message in messages) await HandleAsync(message, ct);
        var last = messages[^1].Id;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().Set<NoticePosition>()
            .Where(p => p.Name == NoticePosition.SingleName && p.LastId < last)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastId, last), ct);
    }

    /// <summary>Applies one message; public so a test can hand the same message over twice.</summary>
    public Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Kind != nameof(DocumentTransitioned)) return Task.CompletedTask;
        var moved = JsonSerializer.Deserialize<DocumentTransitioned>(message.Payload)!;
        if (!int.TryParse(message.SubjectKey, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return Task.CompletedTask;
        return (message.SubjectType, moved.Action) switch
        {
            ("report", "publish") => ReportPublishedAsync(id, moved, message.CreatedAt, ct),
            ("decision", "record_decision") => DecisionRecordedAsync(id, moved, message.CreatedAt, ct),
            ("catalog", "publish") => CatalogLinePublishedAsync(id, moved, message.CreatedAt, ct),
            _ => Task.CompletedTask,
        };
    }

    private async Task ReportPublishedAsync(int reportId, DocumentTransitioned moved, DateTimeOffset at, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var consultation = await db.FeedbackReports.AsNoTracking().Where(r => r.Id == reportId)
            .Join(db.Consultations, r => r.ConsultationId, c => c.Id, (r, c) => new { c.Id, c.Slug, c.Title })
            .SingleOrDefaultAsync(ct);
        if (consultation is null) return;
        var key = $"report:{reportId}:published:{moved.VersionNumber}";
        var corrected = moved.Comment is not null;
        var link = mails.ReportUrl(consultation.Slug);
        await dispatch.SendAsync(new Notice(key, at,
            $"{(corrected ? "反馈报告已更正" : "反馈报告已公布")}：「{consultation.Title}」",
            $"「{consultation.Title}」的意见采纳情况（反馈报告）{(corrected ? "已更正" : "已公布")}，逐条说明了收到的意见、处理结果和理由。",
            link), consultation.Id, ConsultationFollowers, ct);

        var commenters = (await dispatch.FollowersAsync(consultation.Id, [SubscriptionTopic.CommentReport], ct))
            .Where(s => s.ReceivesNoticeOf(at)).ToList();
        if (commenters.Count == 0) return;
        var commentIds = commenters.Select(s => s.CommentId!.Value).ToList();
        var comments = await db.Comments.AsNoTracking().Where(c => commentIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, ct);
        var drafts = new List<MailDraft>();
        foreach (var subscription in commenters)
        {
            if (comments.GetValueOrDefault(subscription.CommentId!.Value) is not { } comment
                || ReceiptCodeOf(comment) is not { } code) continue;
            drafts.Add(mails.ReportForComment(subscription, key, consultation.Title, code, link));
        }
        await queue.EnqueueAsync(drafts, ct);
    }

    /// <summary>A web comment's receipt code follows from its idempotency key; it is used only if it matches the stored hash.</summary>
    private string? ReceiptCodeOf(Comment comment)
    {
        if (comment.IdempotencyKey is null) return null;
        var code = receipts.CodeFor(comment.ConsultationId, comment.IdempotencyKey);
        return receipts.Matches(code, comment.ReceiptHash) ? code : null;
    }

    private async Task DecisionRecordedAsync(int decisionId, DocumentTransitioned moved, DateTimeOffset at, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var decision = await db.Decisions.AsNoTracking().Where(d => d.Id == decisionId)
            .Select(d => new { d.Title, d.InCatalog, d.PublishedAt }).SingleOrDefaultAsync(ct);
        if (decision is null) return;
        var key = $"decision:{decisionId}:recorded:{moved.ToState}";
        var number = string.IsNullOrEmpty(moved.Comment) ? "" : $"（{moved.Comment}）";
        var subject = $"已作出决策：「{decision.Title}」";
        var sentence = $"「{decision.Title}」已于 {moved.ToState} 作出决策{number}，反馈报告将在规定期限内公布。";
        var consultations = await db.Consultations.AsNoTracking()
            .Where(c => c.DecisionId == decisionId && c.PublishedAt != null).Select(c => new { c.Id, c.Slug }).ToListAsync(ct);
        foreach (var consultation in consultations)
            await dispatch.SendAsync(new Notice(key, at, subject, sentence, mails.ConsultationUrl(consultation.Slug)),
                consultation.Id, ConsultationFollowers, ct);
        if (decision.InCatalog && (decision.PublishedAt is not null || consultations.Count > 0))
            await dispatch.SendAsync(new Notice(key, at, subject, sentence, mails.CatalogUrl), null, CatalogFollowers, ct);
    }

    private async Task CatalogLinePublishedAsync(int entryId, DocumentTransitioned moved, DateTimeOffset at, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var line = await db.CatalogEntries.AsNoTracking().Where(e => e.Id == entryId)
            .Join(db.Decisions, e => e.DecisionId, d => d.Id, (e, d) => new { e.Year, d.Title }).SingleOrDefaultAsync(ct);
        if (line is null) return;
        await dispatch.SendAsync(new Notice($"catalog:{entryId}:published:{moved.VersionNumber}", at,
            $"重大行政决策事项目录更新：「{line.Title}」",
            $"{line.Year} 年度重大行政决策事项目录公布或更新了「{line.Title}」一项。", mails.CatalogUrl), null,
            CatalogFollowers, ct);
    }
}
