using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Consultations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Extensions;

public static class ConsultationBackOfficeServiceCollectionExtensions
{
    /// <summary>
    /// The consultation back office and exports: the legal clocks from the <c>Consultations</c> section, the receipt
    /// hasher and the read-side queries. The shared pieces use TryAdd so the public feature may register them too.
    /// </summary>
    public static IServiceCollection AddConsultationBackOffice(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConsultationRules>(configuration.GetSection("Consultations"));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ConsultationRules>>().Value);
        services.TryAddSingleton<ReceiptHasher>();
        services.TryAddSingleton<IReceiptHasher>(sp => sp.GetRequiredService<ReceiptHasher>());
        services.TryAddScoped<BackOfficeConsultationQueries>();
        services.TryAddScoped<CommentExportQueries>();
        return services;
    }
}
