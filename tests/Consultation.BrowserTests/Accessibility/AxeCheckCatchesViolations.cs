using Consultation.BrowserTests.Infrastructure;
using Xunit.Sdk;

namespace Consultation.BrowserTests.Accessibility;

/// <summary>Guards the guard: if axe were not really running, every page would look clean.</summary>
public sealed class AxeCheckCatchesViolations(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_page_with_an_unlabelled_image_and_no_language_fails_with_the_rule_and_the_element()
    {
        await Page.SetContentAsync("<!DOCTYPE html><html><head><title>t</title></head><body><img src=\"data:,\"></body></html>");

        var failure = await Assert.ThrowsAsync<TrueException>(Page.AssertNoViolationsAsync);

        Assert.Contains("- image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("- html-has-lang", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at img", failure.Message, StringComparison.Ordinal);
    }
}
