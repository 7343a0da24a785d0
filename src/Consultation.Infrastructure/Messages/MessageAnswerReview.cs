using System.Linq.Expressions;
using Consultation.Core.Accounts;
using Consultation.Core.Messages;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Messages;

/// <summary>The answer to a message under 三审; 终审 sends it to the asker and, with consent, to the public list.</summary>
public sealed class MessageAnswerReview(ConsultationDbContext db, TimeProvider clock) : ReviewedKind<Message>(db, clock)
{
    public override string Key => "message";

    public override string PageOf(int id) => $"/admin/messages/{id}";

    protected override IQueryable<Message> WithId(int id) => Db.Messages.Where(m => m.Id == id);

    protected override IQueryable<Message> All => Db.Messages.AsNoTracking();

    protected override Expression<Func<Message, ReviewWorkflow>> Workflow => m => m.Workflow;

    protected override Expression<Func<Message, PendingReview>> AsPending => m =>
        new PendingReview(m.Id, m.Subject, new[] { m.AnswerCreatedBy ?? "", m.AnswerEditedBy ?? "" }, m.Workflow);

    protected override void Submit(Message item, Actor actor, DateTimeOffset now) => item.Submit(actor, now);

    protected override void Approve(Message item, Actor actor, DateTimeOffset now) => item.Approve(actor, now);

    protected override void SendBack(Message item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBack(actor, comment, now);
}
