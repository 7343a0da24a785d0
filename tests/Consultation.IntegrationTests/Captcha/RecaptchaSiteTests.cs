using System.Net;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Captcha;

public sealed class RecaptchaSiteTests
{
    [Fact]
    public async Task Choosing_recaptcha_opens_the_policy_to_its_host_only_and_retires_the_challenge_endpoint()
    {
        using var factory = new SiteFactory(DatabaseUnderTest.NewSqlite(), settings: new()
        {
            ["Captcha:Provider"] = "Recaptcha",
            ["Captcha:Recaptcha:SiteKey"] = "site-key",
            ["Captcha:Recaptcha:Secret"] = "secret",
            ["Captcha:Recaptcha:AllowedHostnames:0"] = "localhost",
        });
        var client = factory.CreatePlainClient();

        var home = await client.GetAsync("/");
        var challenge = await client.GetAsync("/captcha/challenge");

        var csp = string.Join(";", home.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' https://www.recaptcha.net https://www.gstatic.com", csp);
        Assert.Contains("frame-src 'self' https://www.recaptcha.net;", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal(HttpStatusCode.NotFound, challenge.StatusCode);
    }
}
