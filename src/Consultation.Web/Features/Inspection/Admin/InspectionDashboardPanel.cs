using Consultation.Infrastructure.Inspection;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Inspection.Admin;

/// <summary>The dashboard's self-check summary: how many items pass, are at risk or fail, and which.</summary>
public sealed class InspectionDashboardPanel(SelfCheck selfCheck) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Views/Inspection/Admin/_DashboardPanel.cshtml", await selfCheck.RunAsync(HttpContext.RequestAborted));
}
