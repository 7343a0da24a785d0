using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Consultation.Web.Extensions;

/// <summary>
/// Adds the antiforgery token to every <c>&lt;form method="post" action="…"&gt;</c>. The built-in form tag helper
/// leaves it out as soon as a literal <c>action</c> is written, and the site validates the token on every POST
/// (AutoValidateAntiforgeryToken), so without this such forms — the login form among them — are refused with 400.
/// Forms that say <c>asp-antiforgery</c> or have no action are left to the built-in helper.
/// </summary>
[HtmlTargetElement("form", Attributes = "method,action")]
public sealed class PostFormAntiforgeryTagHelper(IHtmlGenerator generator) : TagHelper
{
    /// <summary>After the built-in <c>FormTagHelper</c>, which may already have decided about the token.</summary>
    public override int Order => 1000;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!string.Equals(output.Attributes["method"]?.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase)) return;
        if (context.AllAttributes.ContainsName("asp-antiforgery")) return;
        output.PostContent.AppendHtml(generator.GenerateAntiforgery(ViewContext));
    }
}
