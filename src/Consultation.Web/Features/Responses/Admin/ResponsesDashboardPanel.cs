using Consultation.Infrastructure.Responses;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Responses.Admin;

/// <summary>The dashboard's 舆情回应 panel: each recent response's time against the configured target.</summary>
public sealed class ResponsesDashboardPanel(ResponseQueries queries) : ViewComponent
{
    public const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        ViewData["TargetHours"] = queries.Rules.TargetHours;
        var rows = await queries.AllAsync(HttpContext.RequestAborted);
        return View("~/Views/Responses/Admin/_DashboardPanel.cshtml", rows.Take(Shown).ToList());
    }
}
