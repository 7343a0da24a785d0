using System.Net;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Captcha;

/// <summary>The disclosure and message forms are rate-limited like the comment form, each with its own allowance.</summary>
public sealed class PublicFormRateLimitTests
{
    [Fact]
    public async Task Posts_beyond_the_configured_limit_get_a_429_with_a_clear_message_and_store_nothing()
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite(),
            settings: new() { ["PublicForms:RateLimit:PermitLimit"] = "2", ["PublicForms:RateLimit:WindowMinutes"] = "10" });
        var citizen = new Browser(site.CreatePlainClient());
        var disclosure = new Dictionary<string, string> { ["Description"] = "机器人", ["Website"] = "bot" };
        var message = new Dictionary<string, string> { ["Subject"] = "机器人", ["Body"] = "机器人", ["Website"] = "bot" };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await citizen.SubmitAsync("/disclosure", "/disclosure", disclosure)).StatusCode);
        var other = await citizen.SubmitAsync("/messages/new", "/messages/new", message);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        var limited = await citizen.SubmitAsync("/disclosure", "/disclosure", disclosure);
        Assert.Contains("提交过于频繁", await limited.Content.ReadAsStringAsync());
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        Assert.False(await db.DisclosureRequests.AnyAsync(r => r.Description == "机器人"));
        Assert.False(await db.Messages.AnyAsync(m => m.Subject == "机器人"));
    }
}
