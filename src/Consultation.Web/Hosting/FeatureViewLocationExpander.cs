using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Consultation.Web.Hosting;

/// <summary>
/// Finds a controller's views by its feature folder: <c>Consultation.Web.Features.Comments.Admin.ModerationController</c>
/// looks in <c>Views/Comments/Admin/</c>, then in <c>Views/Comments/</c> (partials a feature's public and back-office
/// pages share), then in <c>Views/Shared/</c>. Views are named for what they show, so no folder per controller.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";
    private const string Prefix = "Consultation.Web.Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is not ControllerActionDescriptor action) return;
        var ns = action.ControllerTypeInfo.Namespace ?? "";
        context.Values[FeatureKey] = ns.StartsWith(Prefix, StringComparison.Ordinal)
            ? ns[Prefix.Length..].Replace('.', '/')
            : "";
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && !string.IsNullOrEmpty(feature))
        {
            for (var folder = feature; folder.Length > 0; folder = folder[..Math.Max(0, folder.LastIndexOf('/'))])
                yield return $"/Views/{folder}/{{0}}.cshtml";
        }
        yield return "/Views/Shared/{0}.cshtml";
    }
}
