using Consultation.Core.Accounts;
using Consultation.Core.Comments;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Comments;

/// <summary>
/// The comment counts kept with the record (<see cref="CommentCounts"/>) equal a fresh count of the comments after
/// every kind of move: the group-commit batch (including its one-by-one redo), single intake, offline entry and
/// moderation back and forth; and a database without them is counted on start.
/// </summary>
public abstract class CommentCountsBehaviour(SiteFixture site)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly Actor Editor = new("counts-editor", "编辑", new HashSet<string> { BackOfficeRoles.Editor });

    private sealed record Row(int ConsultationId, string Clause, CommentChannel Channel, CommentStatus Status, int Count);

    [SkippableFact]
    public async Task Kept_counts_equal_a_fresh_count_after_a_mixed_sequence_of_moves()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var other = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var (id, anchors) = await ConsultationAsync(slug);

        // The group-commit path: one batch over two drafts, whose double submit fails the commit and is redone one by one.
        var key = Guid.NewGuid().ToString("N");
        var batch = new[]
        {
            Pending(slug, anchors[0], "第一条的意见甲"), Pending(slug, anchors[0], "第一条的意见乙"),
            Pending(slug, anchors[1], "第二条的意见"), Pending(slug, null, "整体的意见"),
            Pending(other, anchors[0], "另一草案的意见"),
            Pending(slug, null, "点了两次", key), Pending(slug, null, "点了两次", key),
        };
        await UsingAsync<ICommentBatchStore>(b => b.StoreAsync(batch, CancellationToken.None));
        await Task.WhenAll(batch.Select(p => p.Receipt));
        await UsingAsync<CommentIntake>(i => i.ReceiveAsync(slug, Draft(anchors[1], "单独收到的意见")));
        await UsingAsync<OfflineComments>(o => o.RecordAsync(id, CommentChannel.Letter, DateOnly.FromDateTime(Now.UtcDateTime),
            "来信摘要", anchors[0], Editor, CancellationToken.None));
        var comments = (await ConsultationArranger.CommentsAsync(site.Factory, slug)).OrderBy(c => c.Id).ToList();
        Assert.Equal(7, comments.Count);

        foreach (var comment in comments) await ModerateAsync(m => m.PublishAsync(id, comment.Id, Editor, CancellationToken.None));
        await ModerateAsync(m => m.HoldAsync(id, comments[0].Id, "核实中", Editor, CancellationToken.None));
        await ModerateAsync(m => m.RefuseAsync(id, comments[1].Id, "与草案无关", Editor, CancellationToken.None));
        await ModerateAsync(m => m.PublishAsync(id, comments[0].Id, Editor, CancellationToken.None));
        await ModerateAsync(m => m.HoldAsync(id, comments[2].Id, null, Editor, CancellationToken.None));

        var kept = await KeptAsync();
        Assert.Equal(await FreshAsync(), kept);
        Assert.Contains(new Row(id, anchors[0], CommentChannel.Letter, CommentStatus.Published, 1), kept);
        Assert.Contains(new Row(id, anchors[0], CommentChannel.Web, CommentStatus.Rejected, 1), kept);

        // What the public page is given: public comments per clause, every comment per channel.
        var detail = await UsingAsync<Consultation.Infrastructure.Consultations.PublicConsultationQueries, Consultation.Infrastructure.Consultations.PublicConsultationQueries.Detail?>(
            q => q.DetailAsync(slug));
        Assert.Equal(2, detail!.PublicCountByClause[anchors[0]]);
        Assert.Equal(1, detail.PublicCountByClause[anchors[1]]);
        Assert.Equal(6, detail.TotalByChannel[CommentChannel.Web]);
        Assert.Equal(1, detail.TotalByChannel[CommentChannel.Letter]);
    }

    [SkippableFact]
    public async Task A_database_without_kept_counts_is_counted_on_start_and_a_rebuild_changes_nothing()
    {
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, Now.AddDays(-1), Now.AddDays(29));
        var (_, anchors) = await ConsultationAsync(slug);
        await UsingAsync<CommentIntake>(i => i.ReceiveAsync(slug, Draft(anchors[0], "重建前的意见")));
        var before = await KeptAsync();

        await WithDbAsync(db => db.CommentTallies.ExecuteDeleteAsync());
        Assert.Empty(await KeptAsync());
        await WithDbAsync(db => new DatabaseInitializer(db).MigrateAsync());
        Assert.Equal(before, await KeptAsync());

        await WithDbAsync(db => CommentCounts.RebuildAsync(db));
        Assert.Equal(await FreshAsync(), await KeptAsync());
    }

    private static PendingComment Pending(string slug, string? clause, string body, string? key = null) =>
        new(slug, Draft(clause, body, key), Now);

    private static CommentDraft Draft(string? clause, string body, string? key = null) =>
        new(clause, body, null, null, null, false, key ?? Guid.NewGuid().ToString("N"));

    private async Task<(int Id, List<string> Anchors)> ConsultationAsync(string slug)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var consultation = await db.Consultations.AsNoTracking().SingleAsync(c => c.Slug == slug);
        return (consultation.Id, consultation.Clauses.Select(c => c.Anchor).ToList());
    }

    private Task ModerateAsync(Func<CommentModeration, Task> move) => UsingAsync(move);

    private async Task UsingAsync<T>(Func<T, Task> use) where T : notnull
    {
        using var scope = site.Factory.Services.CreateScope();
        await use(scope.ServiceProvider.GetRequiredService<T>());
    }

    private async Task<TResult> UsingAsync<T, TResult>(Func<T, Task<TResult>> use) where T : notnull
    {
        using var scope = site.Factory.Services.CreateScope();
        return await use(scope.ServiceProvider.GetRequiredService<T>());
    }

    private async Task WithDbAsync(Func<ConsultationDbContext, Task> use)
    {
        using var scope = site.Factory.Services.CreateScope();
        await use(scope.ServiceProvider.GetRequiredService<ConsultationDbContext>());
    }

    private async Task<List<Row>> KeptAsync()
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var rows = await db.CommentTallies.AsNoTracking().Where(t => t.Count != 0).ToListAsync();
        return [.. rows.Select(t => new Row(t.ConsultationId, t.ClauseAnchor, t.Channel, t.Status, t.Count)).Order(RowOrder.Instance)];
    }

    private async Task<List<Row>> FreshAsync()
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var rows = await db.Comments.AsNoTracking()
            .GroupBy(c => new { c.ConsultationId, c.ClauseAnchor, c.Channel, c.Status })
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return [.. rows.Select(r => new Row(r.Key.ConsultationId, r.Key.ClauseAnchor ?? "", r.Key.Channel, r.Key.Status, r.Count))
            .Order(RowOrder.Instance)];
    }

    private sealed class RowOrder : IComparer<Row>
    {
        public static readonly RowOrder Instance = new();

        public int Compare(Row? x, Row? y) => string.CompareOrdinal(
            $"{x!.ConsultationId}|{x.Clause}|{x.Channel}|{x.Status}", $"{y!.ConsultationId}|{y.Clause}|{y.Channel}|{y.Status}");
    }
}
