using Consultation.Core;
using Consultation.Core.Adoption;
using Consultation.Infrastructure.Adoption;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Adoption.Admin;

/// <summary>
/// The grouping workbench: comments into concentrated opinions (集中意见), and each opinion's disposition. Every step
/// says what it did on the page it returns to; a refused step re-renders the workbench (400) with the message on top
/// and the ticked comments and typed text kept.
/// </summary>
[Route("admin/consultations/{id:int}/groups")]
[Authorize(Policy = BackOfficePolicies.Editor)]
public sealed class OpinionGroupsController(WorkbenchQueries queries, GroupingWorkbench workbench,
    IOptions<AdoptionOptions> options, IStringLocalizer<SharedStrings> strings) : Controller
{
    /// <summary>The similarity an editor may choose for a run, in percent: below 5 everything joins, above 95 nothing.</summary>
    private const int LeastSimilarity = 5, MostSimilarity = 95;

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, int? similarity, CancellationToken ct)
    {
        var view = await queries.LoadAsync(id, ct);
        // After a run the box keeps the similarity just used, so the editor can adjust it step by step.
        var percent = similarity is >= LeastSimilarity and <= MostSimilarity ? similarity.Value : options.Value.WordSimilarityPercent;
        return view is null ? NotFound() : View("Workbench", new WorkbenchPage(view, percent));
    }

    [HttpPost("create")]
    public Task<IActionResult> Create(int id, long[] commentIds, string? title, string? form, CancellationToken ct) =>
        Act(id, form ?? "create", commentIds, async () =>
        {
            var group = await workbench.CreateAsync(id, title ?? "", commentIds, ct);
            return strings["day.groups.created", group.Title, commentIds.Length].Value;
        }, ct);

    [HttpPost("auto")]
    public Task<IActionResult> Auto(int id, int? similarity, CancellationToken ct)
    {
        var percent = similarity ?? options.Value.WordSimilarityPercent;
        return Act(id, "auto", [], async () =>
        {
            if (percent is < LeastSimilarity or > MostSimilarity)
                throw new DomainException("day.groups.similarity_range", LeastSimilarity, MostSimilarity);
            var run = await workbench.AutoGroupAsync(id,
                new GroupingOptions { SimilarityThreshold = options.Value.SimilarityThreshold }, percent / 100.0, ct);
            return run.Groups == 0
                ? strings["day.groups.auto_none", percent, run.Remaining].Value
                : strings["day.groups.auto_done", run.Groups, run.Grouped, run.Remaining, percent].Value;
        }, ct, $"?similarity={percent}");
    }

    [HttpPost("each")]
    public Task<IActionResult> Each(int id, CancellationToken ct) =>
        Act(id, "each", [], async () =>
        {
            var made = await workbench.GroupEachRemainingAsync(id, ct);
            return strings[made == 0 ? "day.groups.each_none" : "day.groups.each_done", made].Value;
        }, ct);

    [HttpPost("move")]
    public Task<IActionResult> Move(int id, long[] commentIds, int? groupId, string? form, CancellationToken ct) =>
        Act(id, form ?? "move", commentIds, async () =>
        {
            await workbench.MoveAsync(id, commentIds, groupId is > 0 ? groupId : null, ct);
            return strings[groupId is > 0 ? "day.groups.moved" : "day.groups.taken_out", commentIds.Length].Value;
        }, ct);

    [HttpPost("{groupId:int}/accept")]
    public Task<IActionResult> Accept(int id, int groupId, CancellationToken ct) =>
        Act(id, $"accept-{groupId}", [], async () =>
        {
            await workbench.AcceptAsync(id, groupId, ct);
            return strings["day.groups.accepted"].Value;
        }, ct);

    [HttpPost("{groupId:int}/describe")]
    public Task<IActionResult> Describe(int id, int groupId, string? title, string? summary, string[]? clauses,
        CancellationToken ct) =>
        Act(id, $"describe-{groupId}", [], async () =>
        {
            await workbench.DescribeAsync(id, groupId, title ?? "", summary ?? "", clauses ?? [], ct);
            return strings["day.groups.described", title?.Trim() ?? ""].Value;
        }, ct);

    [HttpPost("{groupId:int}/decide")]
    public Task<IActionResult> Decide(int id, int groupId, Disposition disposition, string? reason, string? finalClause,
        CancellationToken ct) =>
        Act(id, $"decide-{groupId}", [], async () =>
        {
            await workbench.DecideAsync(id, groupId, disposition, reason, finalClause, ct);
            return strings["day.groups.decided", strings[$"disposition.{disposition}"].Value].Value;
        }, ct);

    [HttpPost("{groupId:int}/merge")]
    public Task<IActionResult> Merge(int id, int groupId, int sourceId, CancellationToken ct) =>
        Act(id, $"merge-{groupId}", [], async () =>
        {
            await workbench.MergeAsync(id, groupId, sourceId, ct);
            return strings["day.groups.merged"].Value;
        }, ct);

    /// <summary>
    /// Runs one workbench step and returns to the workbench saying what it did, at the group it concerned. A refusal
    /// shows the workbench again with the message and the refused form's ticks and text, nothing saved.
    /// </summary>
    private async Task<IActionResult> Act(int id, string form, long[] chosen, Func<Task<string>> step, CancellationToken ct,
        string query = "")
    {
        try
        {
            this.Confirm(await step());
            return Redirect($"/admin/consultations/{id}/groups{query}");
        }
        catch (DomainException refused)
        {
            var view = await queries.LoadAsync(id, ct);
            if (view is null) return NotFound();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var typed = Request.HasFormContentType
                ? Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString())
                : new Dictionary<string, string>();
            return View("Workbench", new WorkbenchPage(view, options.Value.WordSimilarityPercent,
                strings[refused.MessageKey, [.. refused.Arguments]].Value, chosen.ToHashSet(), form, typed));
        }
    }
}
