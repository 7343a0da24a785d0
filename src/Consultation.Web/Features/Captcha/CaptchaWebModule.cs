namespace Consultation.Web.Features.Captcha;

public static class CaptchaWebModule
{
    /// <summary>The guard every public form other than comments runs before its intake.</summary>
    public static IServiceCollection AddCaptchaWeb(this IServiceCollection services)
    {
        services.AddScoped<PublicFormGuard>();
        return services;
    }
}
