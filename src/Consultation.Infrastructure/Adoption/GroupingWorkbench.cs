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
public sealed class GroupingWorkbench(ConsultationDbContext db, IWordSegmenter segmenter)
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
    /// Proposes groups among the still-unassigned comments (<see cref="OpinionProposals"/>: near-copies, and the same
    /// point in other words about one clause at <paramref name="wordSimilarity"/>). Each proposal becomes a group
    /// marked as a suggestion, named after its first public comment, for the editor to accept, split or merge;
    /// comments like no other stay unassigned. Works whatever the consultation's state, closed ones included.
    /// </summary>
    public async Task<GroupingRun> AutoGroupAsync(int consultationId, GroupingOptions nearCopies, double wordSimilarity,
        CancellationToken ct = default)
    {
        await RequireOpenAsync(consultationId, ct);
        var open = await UnassignedAsync(consultationId, ct);
        var proposals = new OpinionProposals(nearCopies, wordSimilarity, segmenter)
            .Propose([.. open.Select(c => new CommentText(c.Id, c.Body, c.ClauseAnchor ?? ""))]);
        var byId = open.ToDictionary(c => c.Id);
        foreach (var proposal in proposals)
        {
            var members = proposal.Select(id => byId[id]).ToList();
            await AddGroupAsync(consultationId, TitleFrom(members), members, automatic: true, ct);
        }
        var grouped = proposals.Sum(p => p.Count);
        return new GroupingRun(proposals.Count, grouped, open.Count - grouped);
    }

    /// <summary>
    /// Makes every comment still in no group a group of its own, so the report can account for each one; the editor
    /// then names and decides them like any other. Returns how many groups were made.
    /// </summary>
    public async Task<int> GroupEachRemainingAsync(int consultationId, CancellationToken ct = default)
    {
        await RequireOpenAsync(consultationId, ct);
        var open = await UnassignedAsync(consultationId, ct);
        foreach (var comment in open)
            await AddGroupAsync(consultationId, TitleFrom([comment]), [comment], automatic: false, ct);
        return open.Count;
    }

    /// <summary>The editor keeps a proposed group as it is: it is no longer marked as a suggestion.</summary>
    public async Task AcceptAsync(int consultationId, int groupId, CancellationToken ct = default)
    {
        await RequireOpenAsync(consultationId, ct);
        (await GroupAsync(consultationId, groupId, ct)).Accept();
        await db.SaveChangesAsync(ct);
    }

    private Task<List<Core.Comments.Comment>> UnassignedAsync(int consultationId, CancellationToken ct) =>
        db.Comments.Where(c => c.ConsultationId == consultationId && c.GroupId == null
                               && c.Status != Core.Comments.CommentStatus.Rejected)
            .OrderBy(c => c.Id).ToListAsync(ct);

    private async Task AddGroupAsync(int consultationId, string title, IReadOnlyList<Core.Comments.Comment> members,
        bool automatic, CancellationToken ct)
    {
        var group = OpinionGroup.Create(consultationId, title,
            members.Select(m => m.ClauseAnchor ?? "").Where(a => a.Length > 0), automatic);
        db.OpinionGroups.Add(group);
        await db.SaveChangesAsync(ct);
        foreach (var member in members) member.AssignToGroup(group.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Named after the first member the public may read, in its public (masked) text: a held or unmoderated comment's
    /// words never reach the report through a group title. With none, a neutral name the editor replaces.
    /// </summary>
    private static string TitleFrom(IReadOnlyList<Core.Comments.Comment> members)
    {
        var first = members.FirstOrDefault(m => m.IsPublic);
        if (first is null) return members.Count == 1 ? $"意见 #{members[0].Id}" : $"集中意见（{members.Count}条）";
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
