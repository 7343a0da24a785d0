using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Consultation.Web.Extensions;

/// <summary>
/// Finds a controller's views by its feature folder: <c>Consultation.Web.Admin.Articles.ArticlesController</c> looks
/// in <c>Views/Admin/Articles/</c>. Keeps views grouped by feature, like the code.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            var ns = action.ControllerTypeInfo.Namespace ?? "";
            const string prefix = "Consultation.Web.";
            context.Values[FeatureKey] = ns.StartsWith(prefix, StringComparison.Ordinal)
                ? ns[prefix.Length..].Replace('.', '/')
                : "";
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && !string.IsNullOrEmpty(feature))
            yield return $"/Views/{feature}/{{1}}/{{0}}.cshtml";
        foreach (var location in viewLocations) yield return location;
    }
}
