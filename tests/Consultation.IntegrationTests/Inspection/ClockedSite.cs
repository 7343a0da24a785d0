using Consultation.Infrastructure.Inspection;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.IntegrationTests.Meetings;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Inspection;

/// <summary>
/// A site of the test's own whose clock the test moves (deadlines pass, retention runs out) and whose link crawl
/// reaches the site in memory; the background jobs stay idle so the test drives them.
/// </summary>
internal sealed class ClockedSite : IDisposable
{
    private readonly SiteFactory _site;
    private readonly WebApplicationFactory<Program> _clocked;

    public ClockedSite(DateTimeOffset? start = null, Dictionary<string, string>? settings = null,
        DatabaseUnderTest? database = null, bool dropOnDispose = true)
    {
        if (start is { } at) Clock.Now = at;
        var all = new Dictionary<string, string>(settings ?? []) { ["Inspection:CrawlIntervalSeconds"] = "3600" };
        _site = new SiteFactory(database ?? DatabaseUnderTest.NewSqlite(), dropOnDispose, all);
        _clocked = _site.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddHttpClient(LinkCrawler.ClientName)
                .ConfigurePrimaryHttpMessageHandler(sp => ((TestServer)sp.GetRequiredService<IServer>()).CreateHandler());
        }));
    }

    public MovableClock Clock { get; } = new();

    public DatabaseUnderTest Database => _site.Database;

    public IServiceProvider Services => _clocked.Services;

    public Browser NewBrowser() =>
        new(_clocked.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), Services);

    public Task<Browser> SignInAsync(string userName) => NewBrowser().SignInAsync(userName, _site.Credentials.PasswordOf(userName));

    /// <summary>Runs <paramref name="work"/> with a service of a fresh scope, as a request would.</summary>
    public async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task WithAsync<TService>(Func<TService, Task> work) where TService : notnull =>
        WithAsync<TService, bool>(async s => { await work(s); return true; });

    public void Dispose()
    {
        _clocked.Dispose();
        _site.Dispose();
    }
}
