using System.Net;
using Consultation.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>
/// The real site on Kestrel, listening on a free loopback port so a real browser can reach it, with demo data on a
/// throw-away SQLite file and the first-run passwords captured instead of printed.
/// </summary>
public sealed class KestrelSiteFactory : WebApplicationFactory<Program>
{
    private readonly ThrowAwaySqlite _database;

    public KestrelSiteFactory(ThrowAwaySqlite database)
    {
        _database = database;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public CapturingCredentialsAnnouncer Credentials { get; } = new();

    /// <summary>This run's own search index folder, removed with the site.</summary>
    public string SearchIndexPath { get; } = Path.Combine(Path.GetTempPath(), $"consultation-index-{Guid.NewGuid():N}");

    /// <summary>This run's own folder of built yearly downloads, removed with the site.</summary>
    public string DownloadsPath { get; } = Path.Combine(Path.GetTempPath(), $"consultation-downloads-{Guid.NewGuid():N}");

    /// <summary>Where Kestrel is listening, for example <c>http://127.0.0.1:41234/</c>. Starts the site on first use.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("Kestrel reports no addresses.");
            return new Uri(addresses.Addresses.First().TrimEnd('/') + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", _database.ConnectionString);
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Publishing:ScheduleIntervalSeconds", "3600");
        // Every test signs in from the same address; the sign-in throttle's own test sets a low limit of its own.
        builder.UseSetting("Identity:SignInRateLimit:PermitLimit", "1000000");
        // Every test request comes from one address; the ceilings' own tests set low limits on sites of their own.
        builder.UseSetting("Throttling:PerAddressPermitLimit", "1000000");
        builder.UseSetting("Throttling:SitePermitLimit", "1000000");
        builder.UseSetting("Throttling:LookupPermitLimit", "1000000");
        builder.UseSetting("Search:IndexPath", SearchIndexPath);
        builder.UseSetting("Downloads:Path", DownloadsPath);
        // Every test's citizen posts from 127.0.0.1; the per-address comment limit is for real visitors, not this run.
        builder.UseSetting("Comments:RateLimit:PermitLimit", "1000");
        builder.UseSetting("PublicForms:RateLimit:PermitLimit", "1000");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<ICredentialsAnnouncer>();
            services.AddSingleton<ICredentialsAnnouncer>(Credentials);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            if (disposing && Directory.Exists(SearchIndexPath)) Directory.Delete(SearchIndexPath, recursive: true);
            if (disposing && Directory.Exists(DownloadsPath)) Directory.Delete(DownloadsPath, recursive: true);
        }
        catch (IOException)
        {
            // Best effort on temp files, as with the SQLite file.
        }
    }
}
