using System.Net;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Throttling;

/// <summary>
/// Limits key on the visitor's address: the proxy's X-Forwarded-For only when the proxy is configured, IPv6 by /64;
/// a global ceiling; receipt lookups and exports throttled with a 429 in the page's language.
/// </summary>
public sealed class ProxyAndRateLimitTests
{
    private static WebApplicationFactory<Program> Site(Dictionary<string, string> settings, out SiteFactory factory)
    {
        factory = new SiteFactory(DatabaseUnderTest.NewSqlite(), settings: settings);
        return factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddress>()));
    }

    private static async Task<HttpResponseMessage> LookupAsync(HttpClient client, string peer, string? forwardedFor = null,
        string path = "/receipt/NO-SUCH-CODE")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(PeerAddress.Header, peer);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    private static Dictionary<string, string> OneLookup(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["Throttling:LookupPermitLimit"] = "1",
            ["Throttling:LookupWindowSeconds"] = "600",
        };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    [Fact]
    public async Task A_forged_X_Forwarded_For_from_an_unknown_proxy_is_ignored()
    {
        using var site = Site(OneLookup(), out var factory);
        using var _ = factory;
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var first = await LookupAsync(client, "198.51.100.7", "203.0.113.1");
        var second = await LookupAsync(client, "198.51.100.7", "203.0.113.2");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task X_Forwarded_For_from_a_configured_proxy_gives_each_visitor_their_own_allowance()
    {
        using var site = Site(OneLookup(("ReverseProxy:KnownProxies:0", "198.51.100.7")), out var factory);
        using var _ = factory;
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var first = await LookupAsync(client, "198.51.100.7", "203.0.113.1");
        var other = await LookupAsync(client, "198.51.100.7", "203.0.113.2");
        var firstAgain = await LookupAsync(client, "198.51.100.7", "203.0.113.1");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
    }

    [Fact]
    public async Task Two_IPv6_addresses_in_one_64_share_an_allowance_and_another_64_has_its_own()
    {
        using var site = Site(OneLookup(), out var factory);
        using var _ = factory;
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var first = await LookupAsync(client, "2001:db8:1:1::1");
        var sameNetwork = await LookupAsync(client, "2001:db8:1:1:ffff:aaaa:bbbb:cccc");
        var otherNetwork = await LookupAsync(client, "2001:db8:1:2::1");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameNetwork.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherNetwork.StatusCode);
    }

    /// <summary>
    /// A page rendered for every request: pages the output cache answers are served before the ceilings (they cost
    /// next to nothing), so the ceilings are probed where the work is.
    /// </summary>
    private const string Dynamic = "/admin/login";

    [Fact]
    public async Task The_site_wide_ceiling_refuses_everyone_once_reached_and_says_when_to_come_back()
    {
        using var site = Site(new() { ["Throttling:SitePermitLimit"] = "3", ["Throttling:SiteWindowSeconds"] = "60" },
            out var factory);
        using var _ = factory;
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await LookupAsync(client, $"198.51.100.{i + 1}", path: Dynamic)).StatusCode);
        var refused = await LookupAsync(client, "198.51.100.200", path: Dynamic);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Contains("请求过于频繁", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_per_address_ceiling_refuses_one_address_and_not_the_next()
    {
        using var site = Site(new() { ["Throttling:PerAddressPermitLimit"] = "2" }, out var factory);
        using var _ = factory;
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        await LookupAsync(client, "198.51.100.1", path: Dynamic);
        await LookupAsync(client, "198.51.100.1", path: Dynamic);
        var third = await LookupAsync(client, "198.51.100.1", path: Dynamic);
        var neighbour = await LookupAsync(client, "198.51.100.2", path: Dynamic);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, neighbour.StatusCode);
    }

    [Theory]
    [InlineData("/receipt/NO-SUCH-CODE", "zh-CN", "请求过于频繁，请约")]
    [InlineData("/receipt/NO-SUCH-CODE", "en", "Too many requests. Please try again in about")]
    [InlineData("/consultations/no-such-consultation/comments.csv", "zh-CN", "请求过于频繁，请约")]
    [InlineData("/decisions/1/record.zip", "en", "Too many requests. Please try again in about")]
    [InlineData("/open-data/downloads", "zh-CN", "请求过于频繁，请约")]
    [InlineData("/messages/status/NO-SUCH-CODE", "en", "Too many requests. Please try again in about")]
    public async Task Receipt_lookups_and_exports_beyond_the_allowance_get_a_429_in_the_page_language(string path,
        string culture, string message)
    {
        using var site = Site(OneLookup(), out var factory);
        using var _ = factory;
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");

        var first = await LookupAsync(client, "198.51.100.9", path: path);
        var second = await LookupAsync(client, "198.51.100.9", path: path);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.Contains("Retry-After"));
        Assert.Contains(message, await second.Content.ReadAsStringAsync());
    }
}
