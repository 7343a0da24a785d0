using System.Globalization;
using Consultation.Web.Hosting.Localization;

namespace Consultation.Web.Features.OpenData;

/// <summary>
/// An error of the open-data API as <c>application/problem+json</c>. Programs in and outside China read it, so the
/// message is given in Chinese (<c>title</c>) and English (<c>detail</c>) whatever the request's language.
/// </summary>
public sealed record OpenDataProblem(string Type, string Title, string Detail, int Status)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo(StringCatalog.Chinese);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(StringCatalog.English);

    public static OpenDataProblem Of(int status, string key, StringCatalog strings) =>
        new("about:blank", strings.Find(key, Chinese) ?? key, strings.Find(key, English) ?? key, status);
}
