using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Consultation.Web.Features.Caching;

/// <summary>
/// A POST whose antiforgery token is missing or stale (the script did not run, the page sat open for days) gets a
/// 400 page in the reader's language that says what to do, instead of the generic error.
/// </summary>
public sealed class FormTokenMissingFilter : IAlwaysRunResultFilter
{
    public const string MessageKey = "ErrorKey";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult) return;
        var viewData = new ViewDataDictionary<int>(new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(),
            context.ModelState) { Model = StatusCodes.Status400BadRequest };
        viewData[MessageKey] = "error.form_token";
        context.Result = new ViewResult
        {
            ViewName = "~/Views/Shared/Error.cshtml",
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = viewData,
        };
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
