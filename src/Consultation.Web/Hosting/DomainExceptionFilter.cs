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
/// Turns a refused domain move into a 400 page with the message in the reader's language, a save from a page that
/// went stale into a 409 saying so, and an action on an item that does not exist into the 404 page; nothing is saved.
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
        var (message, status) = context.Exception switch
        {
            DomainException refused => (strings[refused.MessageKey, [.. refused.Arguments]].Value, StatusCodes.Status400BadRequest),
            ChangedMeanwhileException => (strings["record.changed_meanwhile"].Value, StatusCodes.Status409Conflict),
            _ => (null, 0),
        };
        if (message is null) return;
        context.Result = new ViewResult
        {
            ViewName = "~/Views/Shared/Refused.cshtml",
            StatusCode = status,
            ViewData = new ViewDataDictionary<string>(metadata, context.ModelState) { Model = message },
        };
        context.ExceptionHandled = true;
    }
}
