using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Consultation.Web.Hosting;

/// <summary>
/// The built-in form tag helper skips the antiforgery field when a form names its own <c>action</c>. Every POST form
/// here must carry it (the token is validated globally), so this adds it wherever it is missing.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class AntiforgeryEverywhereTagHelper(IHtmlGenerator generator) : TagHelper
{
    // Run after FormTagHelper (order -1000) so we can see whether it already emitted the token.
    public override int Order => 1000;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var method = output.Attributes["method"]?.Value?.ToString() ?? context.AllAttributes["method"]?.Value?.ToString();
        if (!string.Equals(method, "post", StringComparison.OrdinalIgnoreCase)) return;
        if (output.PostContent.GetContent().Contains("__RequestVerificationToken", StringComparison.Ordinal)) return;
        output.PostContent.AppendHtml(generator.GenerateAntiforgery(ViewContext));
    }
}
