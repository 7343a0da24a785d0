using Microsoft.Playwright;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>Base for browser tests: one fresh visitor page per test on the shared site, closed afterwards.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserSite site) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserSite Site { get; } = site;

    /// <summary>An anonymous visitor's page at 1280×900.</summary>
    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync() => Page = await NewPageAsync();

    protected async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var page = await Site.NewPageAsync(width, height);
        _contexts.Add(page.Context);
        return page;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }
}
