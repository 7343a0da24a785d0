using Consultation.Infrastructure.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.UnitTests.Mail;

public sealed class MailSiteAddressTests
{
    [Fact]
    public void Mail_links_follow_the_configured_public_base_url()
    {
        var mail = Resolve(new()
        {
            ["Mail:SiteAddress"] = "http://localhost:5000",
            ["Site:PublicBaseUrl"] = "https://yjzj.jyt.shandong.gov.cn/",
        });

        Assert.Equal("https://yjzj.jyt.shandong.gov.cn", mail.SiteAddress);
    }

    [Fact]
    public void Without_a_public_base_url_mail_keeps_its_own_address()
    {
        var mail = Resolve(new() { ["Mail:SiteAddress"] = "http://127.0.0.1:5077", ["Site:PublicBaseUrl"] = "" });

        Assert.Equal("http://127.0.0.1:5077", mail.SiteAddress);
    }

    private static MailOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddMail(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<MailOptions>>().Value;
    }
}
