using System.Linq.Expressions;
using Consultation.Core.Accounts;
using Consultation.Core.Content;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Content;

/// <summary>Articles under 三审; the authors of the version under review are its creator and whoever saved it.</summary>
public sealed class ArticleReview(ConsultationDbContext db, TimeProvider clock) : ReviewedKind<Article>(db, clock)
{
    public override string Key => "article";

    public override string PageOf(int id) => $"/admin/articles/{id}";

    protected override IQueryable<Article> WithId(int id) => Db.Articles.Include(a => a.Versions).Where(a => a.Id == id);

    protected override IQueryable<Article> All => Db.Articles.AsNoTracking();

    protected override Expression<Func<Article, ReviewWorkflow>> Workflow => a => a.Workflow;

    protected override Expression<Func<Article, PendingReview>> AsPending => a => new PendingReview(a.Id,
        a.Versions.Where(v => v.Number == a.CurrentVersionNumber).Select(v => v.Title).First(),
        new[] { a.AuthorId, a.Versions.Where(v => v.Number == a.CurrentVersionNumber).Select(v => v.SavedBy).First() },
        a.Workflow);

    protected override void Submit(Article item, Actor actor, DateTimeOffset now) => item.Submit(actor, now);

    protected override void Approve(Article item, Actor actor, DateTimeOffset now) => item.Approve(actor, now);

    protected override void SendBack(Article item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBack(actor, comment, now);
}
