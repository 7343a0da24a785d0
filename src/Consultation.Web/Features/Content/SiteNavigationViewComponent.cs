using Consultation.Infrastructure.Content;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Content;

/// <summary>The top-level columns in the site header.</summary>
public sealed class SiteNavigationViewComponent(PublicContentQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await queries.TopLevelColumnsAsync());
}
