using System.Net;
using System.Text.Json;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.OpenData;

public sealed class OpenDataRateLimitTests
{
    [Fact]
    public async Task Requests_beyond_the_limit_get_429_with_retry_after_and_a_chinese_and_english_problem()
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite(),
            settings: new() { ["OpenData:PermitLimit"] = "3", ["OpenData:WindowSeconds"] = "600" });
        var client = site.CreatePlainClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await client.GetAsync("/api/v1/policies")).StatusCode);
        var limited = await client.GetAsync("/api/v1/catalog");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 600);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
        Assert.Contains("请求过于频繁", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("Too many requests", problem.RootElement.GetProperty("detail").GetString());
        // The site's pages are not limited by the API's budget.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/open-data")).StatusCode);
    }
}
