using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Hosting.Localization;

/// <summary>Looks keys up in the <see cref="StringCatalog"/> for the request's UI culture.</summary>
public sealed class CatalogStringLocalizer(StringCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = catalog.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var found = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, found.Value, arguments),
                found.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.All.Keys.Select(k => this[k]);
}
