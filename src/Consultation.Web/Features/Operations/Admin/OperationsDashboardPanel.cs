using Consultation.Infrastructure.Operations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consultation.Web.Features.Operations.Admin;

/// <summary>
/// The dashboard's 系统状态 panel: the same checks as <c>/health/ready</c>, so the office sees what the load balancer
/// sees (database, outbox lag, search index, mail).
/// </summary>
public sealed class OperationsDashboardPanel(HealthCheckService health) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var report = await health.CheckHealthAsync(c => c.Tags.Contains(OperationsModule.ReadinessTag), HttpContext.RequestAborted);
        return View("~/Views/Operations/Admin/_DashboardPanel.cshtml", report);
    }
}
