using Consultation.Infrastructure.Messages;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Messages.Admin;

/// <summary>The dashboard's 咨询留言 panel: messages whose reply target or hard limit is near or missed.</summary>
public sealed class MessagesDashboardPanel(MessageQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Views/Messages/Admin/_DashboardPanel.cshtml", await queries.OpenAsync(HttpContext.RequestAborted));
}
