using Microsoft.Extensions.Localization;

namespace Consultation.Web.Hosting.Localization;

/// <summary>All localisers share one catalogue; the resource type or base name does not split it.</summary>
public sealed class CatalogStringLocalizerFactory(StringCatalog catalog) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new CatalogStringLocalizer(catalog);

    public IStringLocalizer Create(string baseName, string location) => new CatalogStringLocalizer(catalog);
}
