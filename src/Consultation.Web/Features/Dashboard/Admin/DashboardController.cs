using Consultation.Core;
using Consultation.Infrastructure.Review;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Dashboard.Admin;

/// <summary>
/// The back-office start page: what waits for the signed-in person — items to review at their stage, what was sent
/// back to them, comments to moderate (editors), reports and duties due, messages and requests — counted at the top
/// with links, and the lookup by receipt code.
/// </summary>
[Route("admin")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class DashboardController(ReviewQueue reviewQueue,
    Infrastructure.Adoption.DueReportQueries dueReports,
    Infrastructure.Catalog.CatalogQueries catalog,
    Microsoft.Extensions.Options.IOptions<Infrastructure.Catalog.CatalogOptions> catalogOptions,
    Infrastructure.Evaluations.EvaluationQueries evaluations,
    Infrastructure.Accounts.BackOfficeAccounts accounts,
    Infrastructure.Comments.CommentModeration moderation,
    Infrastructure.Messages.MessageQueries messages,
    Infrastructure.Disclosure.DisclosureQueries disclosure,
    TimeProvider clock) : Controller
{
    /// <summary>How long an administrator's reset of a reviewer's password stays flagged.</summary>
    private static readonly TimeSpan ResetsShownFor = TimeSpan.FromDays(30);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var queue = await reviewQueue.ForAsync(User.ToActor(), ct);
        ViewData["DueReports"] = await dueReports.UnpublishedAsync(ShanghaiTime.DayOf(clock.GetUtcNow()), ct);
        var year = clock.GetUtcNow().ToShanghai().Year;
        var entries = await catalog.WorkingListAsync(year, ct);
        ViewData["CatalogDue"] = (year, catalogOptions.Value.DueOn(year), entries.Count, entries.Count(e => !e.Complete));
        ViewData["EvaluationDuty"] = await EvaluationDutiesAsync(ct);
        ViewData["PasswordResets"] = await accounts.ReviewerPasswordResetsAsync(clock.GetUtcNow() - ResetsShownFor, ct);
        ViewData["CommentsWaiting"] = User.IsInRole(Core.Accounts.BackOfficeRoles.Editor) || User.IsInRole(Core.Accounts.BackOfficeRoles.Administrator)
            ? await moderation.WaitingAsync(ct)
            : null;
        // Counted again for the summary at the top; the panels further down list them.
        ViewData["OpenMessages"] = (await messages.OpenAsync(ct)).Count;
        ViewData["OpenRequests"] = (await disclosure.OpenAsync(ct)).Count;
        return View(queue);
    }

    /// <summary>This year's duty, and last year's too while it stands overdue: an office back on 2 January still sees it.</summary>
    private async Task<List<Core.Evaluations.EvaluationYear>> EvaluationDutiesAsync(CancellationToken ct)
    {
        var today = Core.ShanghaiTime.DayOf(clock.GetUtcNow());
        var duties = new List<Core.Evaluations.EvaluationYear> { await evaluations.DutyAsync(today.Year, today, ct) };
        var previous = await evaluations.DutyAsync(today.Year - 1, today, ct);
        if (previous.Duty == Core.Evaluations.EvaluationDuty.Overdue) duties.Add(previous);
        return duties;
    }
}
