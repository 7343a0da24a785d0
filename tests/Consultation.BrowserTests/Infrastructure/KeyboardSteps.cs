using Microsoft.Playwright;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>Moving through a page as a keyboard-only visitor does.</summary>
public static class KeyboardSteps
{
    /// <summary>Presses Tab until <paramref name="selector"/> has focus; fails, naming what has it, after <paramref name="maxPresses"/>.</summary>
    public static async Task TabToAsync(this IPage page, string selector, int maxPresses)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector)) return;
        }
        var focused = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : ''");
        Assert.Fail($"{selector} was not reached within {maxPresses} Tab presses; focus is on {focused}");
    }
}
