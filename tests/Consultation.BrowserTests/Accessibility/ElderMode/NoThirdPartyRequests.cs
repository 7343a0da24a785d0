using Consultation.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Consultation.BrowserTests.Accessibility.ElderMode;

/// <summary>No public page asks another host for anything: fonts, scripts and images all come from the site.</summary>
public sealed class NoThirdPartyRequests(BrowserSite site, ITestOutputHelper output) : ElderModeTest(site, output)
{
    [Fact]
    public async Task Every_public_route_loads_only_from_the_site_itself()
    {
        var routes = await PublicRoutesAsync();
        await Page.InElderModeAsync(Site);
        var foreign = new List<string>();
        Page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "data" or "blob") return;
            if (uri.Authority != Site.Address.Authority) foreign.Add($"{Page.Url} → {request.Url}");
        };

        foreach (var path in routes.Pages)
        {
            await Page.GotoAsync(path, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
        }

        Assert.True(foreign.Count == 0, "Requests to other hosts:" + Environment.NewLine + string.Join(Environment.NewLine, foreign));
    }
}
