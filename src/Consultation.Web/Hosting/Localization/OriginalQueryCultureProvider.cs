using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace Consultation.Web.Hosting.Localization;

/// <summary>
/// An error page re-executed for a refused request runs without the request's query string, so a reader who chose
/// English by <c>?culture=en</c> would get the refusal in Chinese: this reads the culture from the original query.
/// </summary>
public sealed class OriginalQueryCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var original = httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalQueryString;
        if (string.IsNullOrEmpty(original)) return NullProviderCultureResult;
        var culture = QueryHelpers.ParseQuery(original).TryGetValue("culture", out var value) ? value.ToString() : "";
        return culture.Length == 0 ? NullProviderCultureResult : Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture));
    }
}
