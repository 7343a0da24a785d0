using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Consultation.Web.Hosting.Localization;

namespace Consultation.Web.Hosting;

/// <summary>
/// Every back-office action that changed something and redirects says so on the next page. An action that wrote its own
/// message (<see cref="StatusMessages.Confirm"/>) keeps it; otherwise the message is <c>done.{Controller}.{Action}</c>
/// from the string catalogue, or a plain 「已保存。」 — so no back-office post ends in silence.
/// </summary>
public sealed class ActionDoneFilter(IStringLocalizer<SharedStrings> strings) : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (!HttpMethods.IsPost(context.HttpContext.Request.Method)) return;
        if (context.Result is not (RedirectResult or RedirectToActionResult or LocalRedirectResult)) return;
        if (context.Controller is not Controller controller) return;
        if (controller.GetType().Namespace?.EndsWith(".Admin", StringComparison.Ordinal) != true) return;
        if (controller.TempData.ContainsKey(StatusMessages.Key)) return;
        if (context.ActionDescriptor.EndpointMetadata.OfType<QuietAttribute>().Any()) return;
        var names = context.ActionDescriptor.RouteValues;
        var specific = strings[$"done.{names["controller"]}.{names["action"]}"];
        controller.Confirm(specific.ResourceNotFound ? strings["done.saved"].Value : specific.Value);
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
