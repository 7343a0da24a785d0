using Consultation.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consultation.IntegrationTests.Infrastructure;

/// <summary>
/// The whole site in memory on a database of its own: a throw-away SQLite file, or a fresh database on the test
/// PostgreSQL server named by <c>CONSULTATION_TEST_POSTGRES</c>.
/// </summary>
public sealed class SiteFactory(DatabaseUnderTest database, bool dropOnDispose = true,
    Dictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public CapturingCredentialsAnnouncer Credentials { get; } = new();

    public DatabaseUnderTest Database { get; } = database;

    /// <summary>
    /// A folder of this site's own, removed with it: the media root sits two levels down in it, so a file an upload
    /// steered out of the root ("../../x.jpg") would land here, where a test can see it.
    /// </summary>
    public string MediaSandbox { get; } = Path.Combine(Path.GetTempPath(), $"consultation-media-{Guid.NewGuid():N}");

    /// <summary>Uploaded media go to a folder of this site's own, removed with it, never into the repository.</summary>
    public string MediaRoot => Path.Combine(MediaSandbox, "site", "media");

    /// <summary>
    /// Where this site's search indexes go, removed with it. Every host built from this factory (a test's variant with
    /// another clock is a second node on the same database) gets a folder of its own below it, as every node has.
    /// </summary>
    public string SearchIndexRoot { get; } = Path.Combine(Path.GetTempPath(), $"consultation-index-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting($"ConnectionStrings:{Database.Provider}", Database.ConnectionString);
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Publishing:ScheduleIntervalSeconds", "3600");
        // Every test signs in from the same address; the sign-in throttle's own test sets a low limit of its own.
        builder.UseSetting("Identity:SignInRateLimit:PermitLimit", "1000000");
        // Every test request comes from one address; the ceilings' own tests set low limits on sites of their own.
        builder.UseSetting("Throttling:PerAddressPermitLimit", "1000000");
        builder.UseSetting("Throttling:SitePermitLimit", "1000000");
        builder.UseSetting("Throttling:LookupPermitLimit", "1000000");
        builder.UseSetting("Media:Root", MediaRoot);
        builder.UseSetting("Search:IndexPath", Path.Combine(SearchIndexRoot, $"node-{Guid.NewGuid():N}"));
        // The yearly downloads are a per-node cache too, named by the database's newest change: never shared between sites.
        builder.UseSetting("Downloads:Path", Path.Combine(SearchIndexRoot, $"downloads-{Guid.NewGuid():N}"));
        foreach (var (key, value) in settings ?? []) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<ICredentialsAnnouncer>();
            services.AddSingleton<ICredentialsAnnouncer>(Credentials);
            services.AddHttpContextAccessor();
            services.AddSingleton<SqlCommandCounter>();
            services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<SqlCommandCounter>());
        });
    }

    /// <summary>One GET of <paramref name="url"/> by <paramref name="client"/>, and the SQL commands this site ran to answer it.</summary>
    public async Task<(HttpResponseMessage Response, int Commands)> CountedGetAsync(HttpClient client, string url)
    {
        var name = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(SqlCommandCounter.Header, name);
        var response = await client.SendAsync(request);
        return (response, Services.GetRequiredService<SqlCommandCounter>()[name]);
    }

    public HttpClient CreatePlainClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        if (dropOnDispose) Database.Drop();
        if (Directory.Exists(MediaSandbox)) Directory.Delete(MediaSandbox, recursive: true);
        try
        {
            if (Directory.Exists(SearchIndexRoot)) Directory.Delete(SearchIndexRoot, recursive: true);
        }
        catch (IOException)
        {
            // Best effort on temp files, as with the SQLite file.
        }
    }
}
