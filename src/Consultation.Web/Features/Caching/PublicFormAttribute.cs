using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Consultation.Web.Features.Caching;

/// <summary>
/// Marks a public form's POST whose missing or stale antiforgery token must not cost the citizen what they typed:
/// instead of the "security code missing" page, the failure becomes a model error (<see cref="PublicFormTokenCheck"/>),
/// so the action's own refusal path shows the same form again — everything typed, a fresh token and challenge, a 400 —
/// and nothing is stored. Only for actions that refuse before storing anything whenever the model state is invalid;
/// every anonymous POST is listed in <c>PublicFormsKeepTypedTextBehaviour</c>, so a new one is a decision.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PublicFormAttribute : Attribute, IFilterFactory, IOrderedFilter, IAntiforgeryPolicy
{
    /// <summary>Where <c>AutoValidateAntiforgeryTokenAttribute</c> runs, so this, nearer the action, is the effective policy.</summary>
    public int Order => 1000;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        serviceProvider.GetRequiredService<PublicFormTokenCheck>();
}
