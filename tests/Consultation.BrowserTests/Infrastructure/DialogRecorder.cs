using Microsoft.Playwright;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>Records (and dismisses) every alert, confirm or prompt a watched page opens: injected script would show here.</summary>
public sealed class DialogRecorder
{
    private readonly List<string> _seen = [];

    public IReadOnlyList<string> Seen
    {
        get { lock (_seen) return [.. _seen]; }
    }

    public IPage Watch(IPage page)
    {
        page.Dialog += async (_, dialog) =>
        {
            lock (_seen) _seen.Add($"{dialog.Type} '{dialog.Message}' on {page.Url}");
            await dialog.DismissAsync();
        };
        return page;
    }
}
