using Consultation.Core.Adoption;
using Consultation.Infrastructure.Adoption;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Adoption.Admin;

/// <summary>The grouping workbench: comments into concentrated opinions (集中意见), and each opinion's disposition.</summary>
[Route("admin/consultations/{id:int}/groups")]
[Authorize(Policy = BackOfficePolicies.Editor)]
public sealed class OpinionGroupsController(WorkbenchQueries queries, GroupingWorkbench workbench,
    Microsoft.Extensions.Options.IOptions<AdoptionOptions> options) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var view = await queries.LoadAsync(id, ct);
        return view is null ? NotFound() : View("Workbench", view);
    }

    [HttpPost("create")]
    public Task<IActionResult> Create(int id, long[] commentIds, string? title, CancellationToken ct) =>
        Act(id, () => workbench.CreateAsync(id, title ?? "", commentIds, ct));

    [HttpPost("auto")]
    public Task<IActionResult> Auto(int id, CancellationToken ct) =>
        Act(id, () => workbench.AutoGroupAsync(id,
            new Consultation.Core.Adoption.GroupingOptions { SimilarityThreshold = options.Value.SimilarityThreshold }, ct));

    [HttpPost("move")]
    public Task<IActionResult> Move(int id, long[] commentIds, int? groupId, CancellationToken ct) =>
        Act(id, () => workbench.MoveAsync(id, commentIds, groupId is > 0 ? groupId : null, ct));

    [HttpPost("{groupId:int}/describe")]
    public Task<IActionResult> Describe(int id, int groupId, string? title, string? summary, string[]? clauses,
        CancellationToken ct) =>
        Act(id, () => workbench.DescribeAsync(id, groupId, title ?? "", summary ?? "", clauses ?? [], ct));

    [HttpPost("{groupId:int}/decide")]
    public Task<IActionResult> Decide(int id, int groupId, Disposition disposition, string? reason, string? finalClause,
        CancellationToken ct) =>
        Act(id, () => workbench.DecideAsync(id, groupId, disposition, reason, finalClause, ct));

    [HttpPost("{groupId:int}/merge")]
    public Task<IActionResult> Merge(int id, int groupId, int sourceId, CancellationToken ct) =>
        Act(id, () => workbench.MergeAsync(id, groupId, sourceId, ct));

    /// <summary>Runs one workbench step; a refusal (DomainException) becomes the 400 page via the global filter.</summary>
    private async Task<IActionResult> Act(int id, Func<Task> step)
    {
        await step();
        return Redirect($"/admin/consultations/{id}/groups");
    }
}
