using System.Linq.Expressions;
using Consultation.Core.Accounts;
using Consultation.Core.Catalog;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Catalog;

/// <summary>A line of the decision catalog under 三审; the public catalog shows the last approved line.</summary>
public sealed class CatalogEntryReview(ConsultationDbContext db, TimeProvider clock) : ReviewedKind<CatalogEntry>(db, clock)
{
    public override string Key => "catalog";

    public override string PageOf(int id) => $"/admin/catalog/{id}";

    protected override IQueryable<CatalogEntry> WithId(int id) => Db.CatalogEntries.Where(e => e.Id == id);

    protected override IQueryable<CatalogEntry> All => Db.CatalogEntries.AsNoTracking();

    protected override Expression<Func<CatalogEntry, ReviewWorkflow>> Workflow => e => e.Workflow;

    protected override Expression<Func<CatalogEntry, PendingReview>> AsPending => e => new PendingReview(e.Id,
        Db.Decisions.Where(d => d.Id == e.DecisionId).Select(d => d.Title).First(),
        new[] { e.CreatedBy, e.LastEditedBy }, e.Workflow);

    protected override void Submit(CatalogEntry item, Actor actor, DateTimeOffset now) => item.Submit(actor, now);

    protected override void Approve(CatalogEntry item, Actor actor, DateTimeOffset now) => item.Approve(actor, now);

    protected override void SendBack(CatalogEntry item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBack(actor, comment, now);
}
