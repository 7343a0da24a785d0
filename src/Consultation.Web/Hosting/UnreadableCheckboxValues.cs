using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Consultation.Web.Hosting;

/// <summary>
/// A form shown again after a yes/no field got a value that is neither (<c>DecisionInCatalog=abc</c>, sent by a script)
/// would make the checkbox tag helper throw while converting the attempted value — a 500 instead of the form with its
/// binding message. The attempted value is cleared (the box shows unticked); the error stays on the page.
/// </summary>
public sealed class UnreadableCheckboxValues : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not ViewResult { Model: { } model }) return;
        var state = context.ModelState;
        foreach (var property in model.GetType().GetProperties())
        {
            if ((Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) != typeof(bool)) continue;
            if (state.TryGetValue(property.Name, out var entry) && entry.Errors.Count > 0)
                state.SetModelValue(property.Name, rawValue: null, attemptedValue: null);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
