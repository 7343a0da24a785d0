using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Caching;

/// <summary>
/// On a page that may be cached, every POST form gets an empty antiforgery field (and no cookie is set) instead of the
/// visitor's own token; <c>wwwroot/js/form-token.js</c> fills it from <c>/forms/token</c> when the visitor starts to
/// write. The token is still validated on every POST. Other pages get the token as before.
/// </summary>
public sealed class CacheFriendlyHtmlGenerator(IAntiforgery antiforgery, IOptions<MvcViewOptions> viewOptions,
    IModelMetadataProvider metadata, IUrlHelperFactory urls, HtmlEncoder encoder,
    ValidationHtmlAttributeProvider validation, IOptions<AntiforgeryOptions> antiforgeryOptions)
    : DefaultHtmlGenerator(antiforgery, viewOptions, metadata, urls, encoder, validation)
{
    public const string FilledByScript = "data-form-token";

    public override IHtmlContent GenerateAntiforgery(ViewContext viewContext)
    {
        if (!PublicPageCachePolicy.IsCacheable(viewContext.HttpContext)) return base.GenerateAntiforgery(viewContext);
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.MergeAttribute("type", "hidden");
        input.MergeAttribute("name", antiforgeryOptions.Value.FormFieldName);
        input.MergeAttribute("value", "");
        input.MergeAttribute(FilledByScript, "");
        return input;
    }
}
