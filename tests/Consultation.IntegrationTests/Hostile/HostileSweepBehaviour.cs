using System.Diagnostics;
using Consultation.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>
/// The hostile-input corpus against every public and back-office endpoint the site maps: no answer is a 5xx, every
/// refusal is a page in the reader's language that says something, and no redirect leaves the site.
/// </summary>
public abstract class HostileSweepBehaviour(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>1 sends every applicable case to every endpoint; the PostgreSQL sample takes every n-th.</summary>
    protected abstract int Stride { get; }

    [SkippableFact]
    public async Task Every_discovered_endpoint_answers_the_corpus_without_a_server_error_and_refuses_in_the_page_language()
    {
        var watch = Stopwatch.StartNew();
        var endpoints = EndpointDiscovery.Discover(site.Factory.Services);
        var routes = new RouteSamples(site.Factory.Services);
        await routes.CrawlAsync(site.NewBrowser(), "/", 400);
        await routes.CrawlAsync(await site.SignInAsync("admin"), "/admin", 400);
        var tally = new SweepTally();
        var sweep = new HostileSweep(site, routes, tally);
        // Reads first, then writes: a hostile post may delete or move the items later pages would show.
        await sweep.RunAsync(endpoints.Where(e => e.Method == "GET"), Stride);
        await sweep.RunAsync(endpoints.Where(e => e.Method == "POST"), Stride);
        // A sample in English (?culture=en): the refusals must be English pages then.
        await sweep.RunAsync(endpoints.Where(e => e.Method == "GET" && !e.BackOffice && e.Fields.Count > 0), Stride * 10, "en");

        output.WriteLine($"{endpoints.Count} endpoints discovered ({endpoints.Count(e => e.BackOffice)} back office, " +
                         $"{endpoints.Sum(e => e.Fields.Count)} fields); {routes.PagesRead} pages crawled for route values; " +
                         $"{sweep.Guessed.Count} templates filled by guess; {watch.Elapsed.TotalSeconds:F0} s");
        output.WriteLine(tally.Summary());
        foreach (var guess in sweep.Guessed) output.WriteLine("  guessed: " + guess);
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), $"hostile-sweep-{GetType().Name}.txt"), string.Join('\n',
            tally.ServerErrors.Concat(tally.UnclearRefusals).Concat(tally.OpenRedirects).Prepend(tally.Summary())));
        Assert.True(endpoints.Count > 100, $"Only {endpoints.Count} endpoints discovered.");
        Assert.True(tally.Requests > 1000, tally.Summary());
        Assert.Empty(tally.ServerErrors);
        Assert.Empty(tally.OpenRedirects);
        Assert.Empty(tally.UnclearRefusals);
    }
}
