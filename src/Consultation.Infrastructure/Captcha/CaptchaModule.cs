using Consultation.Infrastructure.Jobs;
using Consultation.Infrastructure.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Captcha;

public static class CaptchaModule
{
    /// <summary>
    /// Registers <see cref="ICaptchaVerifier"/> as chosen by <c>Captcha:Provider</c> (proof-of-work unless reCAPTCHA is
    /// configured), with settings checked at start-up so a bad configuration stops the site rather than its forms.
    /// </summary>
    public static IServiceCollection AddCaptcha(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CaptchaOptions>()
            .Bind(configuration.GetSection(CaptchaOptions.Section))
            .Validate(o => o.IsKnownProvider, "Captcha:Provider must be ProofOfWork or Recaptcha.")
            .Validate(o => o.ProofOfWork.LifetimeMinutes >= ProofOfWorkOptions.MinimumLifetimeMinutes,
                $"Captcha:ProofOfWork:LifetimeMinutes must be at least {ProofOfWorkOptions.MinimumLifetimeMinutes}.")
            .Validate(o => o.ProofOfWork.MaxNumber is >= 1 and < int.MaxValue,
                "Captcha:ProofOfWork:MaxNumber must be a positive whole number.")
            .Validate(o => o.ProofOfWork.LoadThresholdPerMinute >= 0 && o.ProofOfWork.LoadMultiplier >= 1,
                "Captcha:ProofOfWork:LoadThresholdPerMinute must be 0 or more and LoadMultiplier at least 1.")
            .Validate(o => !o.UsesRecaptcha || RecaptchaIsComplete(o.Recaptcha),
                "Captcha:Recaptcha needs SiteKey, Secret, at least one AllowedHostnames entry, Version 2 or 3 and a " +
                "MinimumScore between 0 and 1.")
            .ValidateOnStart();

        services.TryAddSingleton<ICaptchaKeySource, SiteSecretCaptchaKey>();
        // The shared Redis (if configured) is first needed here; the web layer's rate limits use the same connection.
        services.TryAddSingleton(_ => new SharedRedis(configuration));
        services.TryAddSingleton<SingleUseTokens>();
        services.TryAddSingleton<ChallengeLoad>();
        services.AddRecurringJob<SpentAnswerCleanup>();
        services.TryAddSingleton<ProofOfWorkCaptcha>();
        services.AddHttpClient<RecaptchaVerifier>();
        services.TryAddTransient<ICaptchaVerifier>(sp =>
            sp.GetRequiredService<IOptions<CaptchaOptions>>().Value.UsesRecaptcha
                ? sp.GetRequiredService<RecaptchaVerifier>()
                : sp.GetRequiredService<ProofOfWorkCaptcha>());
        return services;
    }

    private static bool RecaptchaIsComplete(RecaptchaOptions r) =>
        r.SiteKey.Length > 0 && r.Secret.Length > 0 && r.AllowedHostnames.Length > 0 &&
        r.Version is 2 or 3 && r.MinimumScore is >= 0 and <= 1 && r.MaxChallengeAgeSeconds > 0 && r.TimeoutSeconds > 0;
}
