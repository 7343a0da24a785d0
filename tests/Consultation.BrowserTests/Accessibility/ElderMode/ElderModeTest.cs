using Consultation.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Consultation.BrowserTests.Accessibility.ElderMode;

/// <summary>Base for the elder-mode tests: finds the public routes once, leaving one comment for a receipt code.</summary>
public abstract class ElderModeTest(BrowserSite site, ITestOutputHelper output) : BrowserTest(site)
{
    protected ITestOutputHelper Output { get; } = output;

    protected async Task<PublicRoutes> PublicRoutesAsync()
    {
        var routes = await PublicRoutes.DiscoverAsync(Site, async () =>
            await new Citizen(await NewPageAsync()).LeaveCommentAsync(DemoConsultations.Unique("希望增加老年人参与的渠道")));
        foreach (var skipped in routes.Skipped) Output.WriteLine($"skipped {skipped}");
        Assert.NotEmpty(routes.Pages);
        return routes;
    }
}
