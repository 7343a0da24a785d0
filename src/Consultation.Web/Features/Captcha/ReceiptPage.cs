using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Captcha;

/// <summary>
/// The status page a citizen opens with a receipt code: never cached or indexed, a 404 page with the lookup form when
/// the code matches nothing, else the item's page with the code and, right after submitting, the thank-you note.
/// </summary>
public static class ReceiptPage
{
    /// <param name="lookup">The feature's lookup address, offered again when the code matches nothing.</param>
    public static async Task<IActionResult> ShowAsync<T>(Controller controller, string code, int? isNew, string lookup,
        Func<Task<T?>> find, Func<T, Task<object>> model) where T : class
    {
        controller.Response.Headers.CacheControl = "no-store";
        controller.Response.Headers["X-Robots-Tag"] = "noindex";
        var item = await find();
        if (item is null)
        {
            controller.Response.StatusCode = StatusCodes.Status404NotFound;
            return controller.View("~/Views/Shared/ReceiptStatusNotFound.cshtml", lookup);
        }
        controller.ViewData["Code"] = code.Trim().ToUpperInvariant();
        controller.ViewData["New"] = isNew == 1;
        return controller.View("Status", await model(item));
    }
}
