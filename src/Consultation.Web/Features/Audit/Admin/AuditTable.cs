using Consultation.Core.Audit;
using Consultation.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Audit.Admin;

/// <summary>
/// The audit rows of any back-office page (the log, an item's review history, a request's history), each naming the
/// item by its title and the person by their display name (系统 for the system's own moves).
/// </summary>
public sealed class AuditTable(AuditNames names) : ViewComponent
{
    public sealed record Rows(IReadOnlyList<AuditEntry> Entries, AuditNames.Names Names);

    public async Task<IViewComponentResult> InvokeAsync(IReadOnlyList<AuditEntry> entries) =>
        View("~/Views/Shared/_AuditTable.cshtml", new Rows(entries, await names.OfAsync(entries, HttpContext.RequestAborted)));
}
