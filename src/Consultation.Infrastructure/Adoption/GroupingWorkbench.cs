using Consultation.Core;
using Consultation.Core.Adoption;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Adoption;

/// <summary>
/// The editor's tools for concentrated opinions: create, merge, split, rename, move comments, decide. Every method
/// is one unit of work; a refused move throws before anything is saved, and every move is refused while the report
/// is in review or published (<see cref="Core.Adoption.FeedbackReport.FreezesGroups"/>).
/// </summary>
public sealed class GroupingWorkbench(ConsultationDbContext db)
{
    public async Task<OpinionGroup> CreateAsync(int consultationId, string title, IReadOnlyCollection<long> commentIds,
        CancellationToken ct = default)
    {
        await RequireOpenAsync(consultationId, ct);
        var comments = await CommentsAsync(consultationId, commentIds, ct);
        var group = OpinionGroup.Create(consultationId, title,
            comments.Select(c => c.ClauseAnchor ?? "").Where(a => a.Length > 0), automatic: false);
        db.OpinionGroups.Add(group);
        await db.SaveChangesAsync(ct);
        foreach (var comment in comments) comment.AssignToGroup(group.Id);
        await db.SaveChangesAsync(ct);
        return group;
    }

    /// <summary>
    /// Groups the still-unassigned comments by text similarity (character bigrams, MinHash). Each cluster becomes an
    /// automatic group named after its first comment; comments like no other stay unassigned for the editor.
    /// </summary>
    public async Task<int> AutoGroupAsync(int consultationId, GroupingOptions options, CancellationToken ct = default)
    {
        await RequireOpenAsync(consultationId, ct);
        var open = await db.Comments.Where(c => c.ConsultationId == consultationId && c.GroupId == null
                                                && c.Status != Core.Comments.CommentStatus.Rejected)
            .OrderBy(c => c.Id).ToListAsync(ct);
        var clusters = new OpinionClusterer(options).Cluster(open.Select(c => new CommentText(c.Id, c.Body)).ToList());
        var byId = open.ToDictionary(c => c.Id);
        foreach (var cluster in clusters)
        {
            var members = cluster.Select(id => byId[id]).ToList();
            var group = OpinionGroup.Create(consultationId, TitleFrom(members),
                members.Select(m => m.ClauseAnchor ?? "").Where(a => a.Length > 0), automatic: true);
            db.OpinionGroups.Add(group);
            await db.SaveChangesAsync(ct);
            foreach (var member in members) member.AssignToGroup(group.Id);
        }
        await db.SaveChangesAsync(ct);
        return clusters.Count;
    }

    /// <summary>
    /// Named after the first member the public may read, in its public (masked) text: a held or unmoderated comment's
    /// words never reach the report through a group title. With none, a neutral name the editor replaces.
    /// </summary>
    private static string TitleFrom(IReadOnlyList<Core.Comments.Comment> members)
    {
        var first = members.FirstOrDefault(m => m.IsPublic);
        if (first is null) return $"集中意见（{members.Count}条）";
        var text = first.PublicBody.ReplaceLineEndings(" ").Trim();
        return text.Length <= 30 ? text : text[..30] + "…";
    }

    /// <summary>Moves every comment of <paramref name="sourceId"/> into <paramref name="targetId"/> and removes the source.</summary>
    public async Task MergeAsync(int consultationId, int targetId, int sourceId, CancellationToken ct = default)
    {
        await RequireOpenAsync(consultationId, ct);
        if (targetId == sourceId) throw new DomainException("group.merge_same");
        var target = await GroupAsync(consultationId, targetId, ct);
        var source = await GroupAsync(consultationId, sourceId, ct);
        var members = await db.Comments.Where(c => c.GroupId == source.Id).ToListAsync(ct);
        foreach (var comment in members) comment.AssignToGroup(target.Id);
        target.Describe(target.Title, target.Summary, target.Clauses.Concat(source.Clauses));
        db.OpinionGroups.Remove(source);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Takes the chosen comments out of their groups into a new group.</summary>
    public Task<OpinionGroup> SplitAsync(int consultationId, IReadOnlyCollection<long> commentIds, string newTitle,
        CancellationToken ct = default) => CreateAsync(consultationId, newTitle, commentIds, ct);

    /// <summary>Moves comments into a group, or out of every group when <paramref name="groupId"/> is null.</summary>
    public async Task MoveAsync(int consultationId, IReadOnlyCollection<long> commentIds, int? groupId, CancellationToken ct = default)
    {
        await RequireOpenAsync(consultationId, ct);
        var comments = await CommentsAsync(consultationId, commentIds, ct);
        if (groupId is { } id)
        {
            var group = await GroupAsync(consultationId, id, ct);
            foreach (var comment in comments) comment.AssignToGroup(group.Id);
        }
        else
        {
            foreach (var comment in comments) comment.RemoveFromGroup();
        }
        await db.SaveChangesAsync(ct);
        await RemoveEmptyGroupsAsync(consultationId, ct);
    }

    public async Task DescribeAsync(int consultationId, int groupId, string title, string summary,
        IEnumerable<string> clauses, CancellationToken ct = default)
    {
        await RequireOpenAsync(consultationId, ct);
        (await GroupAsync(consultationId, groupId, ct)).Describe(title, summary, clauses);
        await db.SaveChangesAsync(ct);
    }

    public async Task DecideAsync(int consultationId, int groupId, Disposition disposition, string? reason,
        string? finalClause, CancellationToken ct = default)
    {
        await RequireOpenAsync(consultationId, ct);
        (await GroupAsync(consultationId, groupId, ct)).Decide(disposition, reason, finalClause);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ReportReadiness> ReadinessAsync(int consultationId, CancellationToken ct = default) => new(
        await db.Comments.CountAsync(c => c.ConsultationId == consultationId && c.GroupId == null
                                          && c.Status != Core.Comments.CommentStatus.Rejected, ct),
        await db.OpinionGroups.CountAsync(g => g.ConsultationId == consultationId && g.Disposition == Disposition.Undecided, ct));

    /// <summary>
    /// Once the report is submitted its groups are what the reviewers pass, and once published what the public read:
    /// the workbench is closed then, until a correction is opened.
    /// </summary>
    private async Task RequireOpenAsync(int consultationId, CancellationToken ct)
    {
        var report = await db.FeedbackReports.AsNoTracking().SingleOrDefaultAsync(r => r.ConsultationId == consultationId, ct);
        if (report is { FreezesGroups: true }) throw new DomainException("group.report_frozen");
    }

    private async Task RemoveEmptyGroupsAsync(int consultationId, CancellationToken ct)
    {
        var empty = await db.OpinionGroups
            .Where(g => g.ConsultationId == consultationId && !db.Comments.Any(c => c.GroupId == g.Id)).ToListAsync(ct);
        if (empty.Count == 0) return;
        db.OpinionGroups.RemoveRange(empty);
        await db.SaveChangesAsync(ct);
    }

    private async Task<OpinionGroup> GroupAsync(int consultationId, int groupId, CancellationToken ct) =>
        await db.OpinionGroups.SingleOrDefaultAsync(g => g.Id == groupId && g.ConsultationId == consultationId, ct)
        ?? throw new DomainException("group.not_found");

    private async Task<List<Core.Comments.Comment>> CommentsAsync(int consultationId, IReadOnlyCollection<long> ids,
        CancellationToken ct)
    {
        if (ids.Count == 0) throw new DomainException("group.no_comments_chosen");
        var comments = await db.Comments.Where(c => c.ConsultationId == consultationId && ids.Contains(c.Id)).ToListAsync(ct);
        if (comments.Count != ids.Distinct().Count()) throw new DomainException("group.comment_not_found");
        return comments;
    }
}
