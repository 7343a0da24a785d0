using Consultation.Web.Features.Disclosure.Admin;

namespace Consultation.Web.Features.Disclosure;

public static class DisclosureWebModule
{
    /// <summary>The annual report tables, laid out in the reader's language for the page and the workbook.</summary>
    public static IServiceCollection AddDisclosureWeb(this IServiceCollection services)
    {
        services.AddScoped<AnnualReportTables>();
        return services;
    }
}
