using Consultation.BrowserTests.Infrastructure;
using Consultation.Infrastructure.Outbox;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.BrowserTests.Search;

public static class SearchIndexReady
{
    /// <summary>Waits until the site's index holds the demo data (its start-up rebuild and every outbox message so far).</summary>
    public static async Task SearchCaughtUpAsync(this BrowserSite site)
    {
        await site.Services.GetRequiredService<SearchIndexStartup>().WhenReadyAsync();
        await site.Services.GetRequiredService<OutboxProcessor>().CatchUpAsync();
    }
}
