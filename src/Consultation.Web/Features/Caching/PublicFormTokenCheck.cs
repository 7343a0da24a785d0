using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Caching;

/// <summary>
/// The antiforgery check of a <see cref="PublicFormAttribute"/> action. A cached page's form gets its token from
/// <c>form-token.js</c>; without scripts, or when that fetch failed, the POST carries none. The request still goes no
/// further than the form's checks: the failure is a model error in the reader's language, and the action, seeing an
/// invalid model, shows the form again (now uncached, with the visitor's own token) instead of storing anything.
/// </summary>
public sealed class PublicFormTokenCheck(IAntiforgery antiforgery, IStringLocalizer<SharedStrings> strings,
    ILogger<PublicFormTokenCheck> log) : IAsyncAuthorizationFilter, IAntiforgeryPolicy, IActionFilter
{
    public const string MessageKey = "form.token_resubmit";

    private static readonly object Failed = new();

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!context.IsEffectivePolicy<IAntiforgeryPolicy>(this) || IsSafe(http.Request.Method)) return;
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException e)
        {
            log.LogInformation("Public form posted without a valid antiforgery token ({Reason}); the form is shown again.", e.Message);
            http.Items[Failed] = true;
        }
    }

    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.HttpContext.Items.ContainsKey(Failed))
            context.ModelState.AddModelError("", strings[MessageKey].Value);
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
