using Consultation.Infrastructure.Meetings;
using Consultation.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Meetings;

/// <summary>Meetings with public attendance: the invitation call, then the record of who came, what they said and the answer.</summary>
[AllowAnonymous]
public sealed class MeetingsController(PublicMeetings meetings, IOptions<SiteOptions> site) : Controller
{
    [HttpGet("/meetings")]
    public async Task<IActionResult> Index(string? cursor, CancellationToken ct) =>
        View(await meetings.PageAsync(cursor, site.Value.ListPageRows, ct));

    [HttpGet("/meetings/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var meeting = await meetings.FindAsync(id, ct);
        return meeting is null ? NotFound() : View(meeting);
    }
}
