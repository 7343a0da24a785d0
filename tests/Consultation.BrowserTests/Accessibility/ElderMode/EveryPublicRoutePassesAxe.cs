using Consultation.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Consultation.BrowserTests.Accessibility.ElderMode;

/// <summary>axe (WCAG 2.0/2.1 A and AA) finds nothing on any public page, in the normal look and in elder mode.</summary>
public sealed class EveryPublicRoutePassesAxe(BrowserSite site, ITestOutputHelper output) : ElderModeTest(site, output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_public_route_has_no_wcag_violations(bool elderMode)
    {
        var routes = await PublicRoutesAsync();
        if (elderMode) await Page.InElderModeAsync(Site);
        var failures = new List<string>();

        foreach (var path in routes.Pages)
        {
            await Page.GotoAsync(path);
            Output.WriteLine($"axe {(elderMode ? "elder" : "normal")} {path}");
            try
            {
                await Page.AssertNoViolationsAsync();
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
