using Consultation.Core;
using Consultation.Core.Disclosure;
using Consultation.Infrastructure.Audit;
using Consultation.Infrastructure.Disclosure;
using Consultation.Infrastructure.Exports;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Consultation.Web.Hosting;

namespace Consultation.Web.Features.Disclosure.Admin;

/// <summary>
/// The office's handling of disclosure requests: the list by working days left, registering letters, each move of a
/// request (correction, third party, extension, reply, delivery) and the annual report tables. A refused move shows
/// its reason (400) and changes nothing.
/// </summary>
[Route("admin/disclosure")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class DisclosureController(DisclosureQueries queries, BackOfficeDisclosure office,
    AnnualReportTables tables, AuditLogQueries audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var chosen = year is >= 2000 and <= 2100 ? year.Value : queries.Today.Year;
        ViewData["Year"] = chosen;
        ViewData["YearRows"] = await queries.YearAsync(chosen, ct);
        return View("Index", await queries.OpenAsync(ct));
    }

    [HttpGet("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public IActionResult New() => View("New", new OfflineRequestForm { ReceivedOn = queries.Today });

    [HttpPost("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Register(OfflineRequestForm form, CancellationToken ct)
    {
        var (id, code) = await office.RegisterOfflineAsync(form.Request.ToDraft(),
            FormChoice.Of<RequestChannel>(form.Channel), Date(form.ReceivedOn), User.ToActor(), ct);
        ViewData["Code"] = code;
        return View("Registered", id);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var row = await queries.FindAsync(id, ct);
        if (row is null) return NotFound();
        ViewData["History"] = await audit.HistoryOfAsync(row.Request, ct);
        ViewData["Rules"] = queries.Rules;
        return View("Show", row);
    }

    [HttpPost("{id:int}/correction")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> AskForCorrection(int id, string? items, CancellationToken ct) =>
        Back(id, office.AskForCorrectionAsync(id, items, User.ToActor(), ct));

    [HttpPost("{id:int}/corrected")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Corrected(int id, DateOnly? receivedOn, CancellationToken ct) =>
        Back(id, office.ReceiveCorrectionAsync(id, Date(receivedOn), User.ToActor(), ct));

    [HttpPost("{id:int}/abandon")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Abandon(int id, CancellationToken ct) =>
        Back(id, office.CloseAsAbandonedAsync(id, User.ToActor(), ct));

    [HttpPost("{id:int}/third-party")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> ThirdParty(int id, string? party, DateOnly? sentOn, CancellationToken ct) =>
        Back(id, office.StartThirdPartyAsync(id, party, Date(sentOn), User.ToActor(), ct));

    [HttpPost("{id:int}/third-party/answered")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> ThirdPartyAnswered(int id, DateOnly? answeredOn, CancellationToken ct) =>
        Back(id, office.EndThirdPartyAsync(id, Date(answeredOn), User.ToActor(), ct));

    [HttpPost("{id:int}/extend")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Extend(int id, int? workingDays, string? reason, CancellationToken ct) =>
        Back(id, office.ExtendAsync(id, workingDays ?? 0, reason, User.ToActor(), ct));

    [HttpPost("{id:int}/reply")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Reply(int id, ReplyForm form, CancellationToken ct) =>
        Back(id, office.ReplyAsync(id, form.ToInput(), User.ToActor(), ct));

    [HttpPost("{id:int}/delivery")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Delivery(int id, string? method, DateOnly? deliveredOn, CancellationToken ct) =>
        Back(id, office.RecordDeliveryAsync(id, FormChoice.Of<DeliveryMethod>(method), Date(deliveredOn),
            User.ToActor(), ct));

    [HttpGet("annual/{year:int}")]
    public async Task<IActionResult> Annual(int year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100) return NotFound();
        var appeals = await queries.AppealsAsync(year, ct);
        ViewData["Appeals"] = appeals;
        return View("Annual", new[] { tables.Requests(await queries.AnnualAsync(year, ct)), tables.Appeals(appeals) });
    }

    /// <summary>The same two tables as a workbook for the annual report.</summary>
    [HttpGet("annual/{year:int}.xlsx")]
    public async Task<IActionResult> AnnualWorkbook(int year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100) return NotFound();
        var requests = tables.Requests(await queries.AnnualAsync(year, ct));
        var appeals = tables.Appeals(await queries.AppealsAsync(year, ct));
        var bytes = XlsxWriter.Write([new XlsxSheet(requests.Caption, requests.Rows), new XlsxSheet(appeals.Caption, appeals.Rows)]);
        return File(bytes, XlsxWriter.ContentType, $"disclosure-annual-{year}.xlsx");
    }

    /// <summary>Table 四, entered by hand: twelve counts in the template's order.</summary>
    [HttpPost("annual/{year:int}/appeals")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Appeals(int year, int?[] counts, CancellationToken ct)
    {
        if (counts.Any(c => c is null)) throw new DomainException("disclosure.appeals_invalid");
        await office.RecordAppealsAsync(year, [.. counts.Select(c => c!.Value)], User.ToActor(), ct);
        return Redirect($"/admin/disclosure/annual/{year}");
    }

    /// <summary>An empty or unreadable date is refused with a message rather than taken as some default day.</summary>
    private static DateOnly Date(DateOnly? value) => value ?? throw new DomainException("disclosure.date_required");

    private async Task<IActionResult> Back(int id, Task move)
    {
        await move;
        return Redirect($"/admin/disclosure/{id}");
    }
}
