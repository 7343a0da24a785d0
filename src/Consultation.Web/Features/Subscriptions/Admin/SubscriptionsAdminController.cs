using Consultation.Infrastructure.Subscriptions;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Subscriptions.Admin;

/// <summary>/admin/subscriptions: how many follow what, and the mail that waits or failed (addresses masked).</summary>
[Route("admin/subscriptions")]
[Authorize(Policy = BackOfficePolicies.Administrator)]
public sealed class SubscriptionsAdminController(SubscriptionOverview overview) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Overview", await overview.ReadAsync(ct));
}
