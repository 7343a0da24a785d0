using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Consultation.BrowserTests.Accessibility.ElderMode;

/// <summary>The settings cookie of an elder visitor: the largest text, high contrast and the simplified layout.</summary>
public static class ElderCookie
{
    public const string Value = "size:4;contrast:1;simple:1";

    public static async Task<IPage> InElderModeAsync(this IPage page, BrowserSite site)
    {
        await page.Context.AddCookiesAsync([new Cookie
        {
            Name = "a11y", Value = Uri.EscapeDataString(Value), Url = site.Address.ToString(),
        }]);
        return page;
    }
}
