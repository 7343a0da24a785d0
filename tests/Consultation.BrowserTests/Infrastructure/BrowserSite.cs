using Microsoft.Playwright;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>
/// One running site and one headless Chromium, shared by every test of the browser collection: starting either is
/// the slow part, so it happens once. Each test still gets its own browser context, so cookies never leak between
/// tests or between the roles of one journey.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly ThrowAwaySqlite _database = ThrowAwaySqlite.Create();
    private KestrelSiteFactory? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Address { get; private set; } = null!;

    public CapturingCredentialsAnnouncer Credentials => _site!.Credentials;

    /// <summary>The running site's services, for arranging data through the domain (see <see cref="AdoptionArranger"/>).</summary>
    public IServiceProvider Services => _site!.Services;

    public async Task InitializeAsync()
    {
        var chromium = ChromiumInstallation.Require();
        _site = new KestrelSiteFactory(_database);
        Address = _site.Address;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumInstallation.Arguments,
        });
        // Auto-waiting assertions: generous on a busy 2-core CI machine, and never a fixed sleep.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>A fresh, cookie-less browser context at the given viewport, addressed relative to the site.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new context signed in to the back office as one of the demo accounts.</summary>
    public async Task<BackOfficeSession> SignInAsync(string userName)
    {
        var page = await NewPageAsync();
        var session = new BackOfficeSession(page, Services);
        await session.SignInAsync(userName, Credentials.PasswordOf(userName));
        return session;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
        _database.Delete();
    }
}
