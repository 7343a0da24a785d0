using Consultation.Infrastructure.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Content;

[AllowAnonymous]
public sealed class ArticlesController(PublicContentQueries queries) : Controller
{
    [HttpGet("/articles/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var model = await queries.ArticleAsync(id, ct);
        return model is null ? NotFound() : View("Article", model);
    }

    /// <summary>Private preview: anyone with the unguessable link, never indexed or cached.</summary>
    [HttpGet("/preview/{token}")]
    public async Task<IActionResult> Preview(string token, CancellationToken ct)
    {
        var model = await queries.PreviewAsync(token, ct);
        if (model is null) return NotFound();
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers.CacheControl = "no-store";
        ViewData["Preview"] = true;
        return View("Article", model);
    }
}
