using System.Net;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Secrets;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Throttling;

/// <summary>In Production: cookie flags, HTTPS and HSTS, allowed hosts, links from the public base URL, keys encrypted.</summary>
public sealed class ProductionEdgeTests
{
    private const string PublicBase = "https://consult.example.gov.cn";

    private static SiteFactory ProductionSite(string keyFile) => new(DatabaseUnderTest.NewSqlite(), settings: new()
    {
        ["environment"] = "Production",
        ["Site:PublicBaseUrl"] = PublicBase,
        ["Secrets:KeyFile"] = keyFile,
    });

    [Fact]
    public async Task Production_sends_secure_cookies_HSTS_refuses_forged_hosts_and_encrypts_keys_at_rest()
    {
        var keyFile = Path.Combine(Path.GetTempPath(), $"consultation-key-{Guid.NewGuid():N}", "secrets.key");
        using var site = ProductionSite(keyFile);
        var client = site.CreateClient(new() { BaseAddress = new Uri(PublicBase), AllowAutoRedirect = false });

        // The token endpoint sets the antiforgery cookie (cached pages set none).
        var form = await client.GetAsync("/forms/token");
        var language = await client.GetAsync("/language/en?returnUrl=%2F");
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/");
        forged.Headers.Host = "evil.example";
        var forgedHost = await client.SendAsync(forged);
        var plain = await site.CreateClient(new() { BaseAddress = new Uri("http://consult.example.gov.cn"), AllowAutoRedirect = false })
            .GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var cookies = form.Headers.GetValues("Set-Cookie").Concat(language.Headers.TryGetValues("Set-Cookie", out var c) ? c : []).ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie =>
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite", cookie, StringComparison.OrdinalIgnoreCase);
        });
        Assert.True(form.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.BadRequest, forgedHost.StatusCode);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.StartsWith("https://consult.example.gov.cn/", plain.Headers.Location!.ToString());

        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml);
            Assert.Contains(KeyFileXmlEncryptor.ElementName, xml);
        });
        var secrets = await db.Set<SiteSecret>().ToListAsync();
        Assert.NotEmpty(secrets);
        Assert.All(secrets, s => Assert.True(SecretsKeyFile.IsSealedSecret(s.Value)));
        Directory.Delete(Path.GetDirectoryName(keyFile)!, recursive: true);
    }

    [Fact]
    public async Task A_first_run_in_production_without_a_public_address_serves_plain_http_for_the_readme_command()
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite(), settings: new() { ["environment"] = "Production" });
        var client = site.CreateClient(new() { BaseAddress = new Uri("http://localhost:5000"), AllowAutoRedirect = false });

        var home = await client.GetAsync("/");
        var login = await client.GetAsync("/admin/login");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.All(login.Headers.TryGetValues("Set-Cookie", out var set) ? set : [],
            cookie => Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Feed_links_use_the_configured_public_base_url_not_the_request_host()
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite(), settings: new() { ["Site:PublicBaseUrl"] = PublicBase + "/" });
        var feed = await site.CreatePlainClient().GetStringAsync("/feeds/consultations/new.xml");

        Assert.Contains(PublicBase + "/", feed);
        Assert.DoesNotContain("localhost", feed);
    }
}
