namespace Consultation.Web.Features.Consultations;

public static class ConsultationsWebModule
{
    /// <summary>The draft page's builder, shared by the page and by comment intake when it shows the form again.</summary>
    public static IServiceCollection AddConsultationsWeb(this IServiceCollection services)
    {
        services.AddScoped<ConsultationPages>();
        return services;
    }
}
