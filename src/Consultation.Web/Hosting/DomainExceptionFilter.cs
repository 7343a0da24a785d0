using Consultation.Core;
using Consultation.Infrastructure.Database;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Hosting;

/// <summary>
/// Turns a refused domain move into a 400 page with the message in the reader's language, and an action on an item
/// that does not exist into the 404 page; nothing is saved either way.
/// </summary>
public sealed class DomainExceptionFilter(IStringLocalizer<SharedStrings> strings, IModelMetadataProvider metadata)
    : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is ItemNotFoundException)
        {
            context.Result = new NotFoundResult();
            context.ExceptionHandled = true;
            return;
        }
        if (context.Exception is not DomainException refused) return;
        var message = strings[refused.MessageKey, [.. refused.Arguments]].Value;
        context.Result = new ViewResult
        {
            ViewName = "~/Views/Shared/Refused.cshtml",
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = new ViewDataDictionary<string>(metadata, context.ModelState) { Model = message },
        };
        context.ExceptionHandled = true;
    }
}
