using Consultation.Infrastructure.Captcha;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.UnitTests.Captcha;

public sealed class CaptchaRegistrationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddCaptcha(configuration)
            .BuildServiceProvider();
    }

    [Fact]
    public void Proof_of_work_is_the_default()
    {
        using var services = Services([]);

        Assert.IsType<ProofOfWorkCaptcha>(services.GetRequiredService<ICaptchaVerifier>());
        var settings = services.GetRequiredService<IOptions<CaptchaOptions>>().Value;
        Assert.Equal(10, settings.ProofOfWork.LifetimeMinutes);
        Assert.Equal("www.recaptcha.net", settings.Recaptcha.Host);
    }

    [Fact]
    public void Recaptcha_is_chosen_by_configuration()
    {
        using var services = Services(new()
        {
            ["Captcha:Provider"] = "Recaptcha",
            ["Captcha:Recaptcha:SiteKey"] = "site-key",
            ["Captcha:Recaptcha:Secret"] = "secret",
            ["Captcha:Recaptcha:AllowedHostnames:0"] = "yjzj.example.gov.cn",
        });

        Assert.IsType<RecaptchaVerifier>(services.GetRequiredService<ICaptchaVerifier>());
        var endpoint = services.GetRequiredService<IOptions<CaptchaOptions>>().Value.Recaptcha.VerificationEndpoint;
        Assert.Equal("https://www.recaptcha.net/recaptcha/api/siteverify", endpoint.ToString());
    }

    [Fact]
    public void A_challenge_lifetime_under_three_minutes_is_refused_at_start_up()
    {
        using var services = Services(new() { ["Captcha:ProofOfWork:LifetimeMinutes"] = "2" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CaptchaOptions>>().Value);
    }

    [Fact]
    public void Recaptcha_without_a_secret_or_host_names_is_refused_at_start_up()
    {
        using var services = Services(new() { ["Captcha:Provider"] = "Recaptcha" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CaptchaOptions>>().Value);
    }
}
