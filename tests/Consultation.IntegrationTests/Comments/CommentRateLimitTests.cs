using System.Net;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Comments;

public sealed class CommentRateLimitTests
{
    [Fact]
    public async Task Comment_posts_beyond_the_configured_limit_get_a_429_with_a_clear_message_and_store_nothing()
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite(),
            settings: new() { ["Comments:RateLimit:PermitLimit"] = "2", ["Comments:RateLimit:WindowMinutes"] = "10" });
        var slug = await ConsultationArranger.PublishedAsync(site, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(29));
        var citizen = new Browser(site.CreatePlainClient());
        var fields = new Dictionary<string, string> { ["Body"] = "意见", ["Website"] = "bot" };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await citizen.SubmitAsync($"/consultations/{slug}", $"/consultations/{slug}/comments", fields)).StatusCode);
        var limited = await citizen.SubmitAsync($"/consultations/{slug}", $"/consultations/{slug}/comments", fields);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("提交过于频繁", await limited.Content.ReadAsStringAsync());
        Assert.Empty(await ConsultationArranger.CommentsAsync(site, slug));
        // Reading the draft is never limited.
        Assert.Equal(HttpStatusCode.OK, (await citizen.Client.GetAsync($"/consultations/{slug}")).StatusCode);
    }
}
