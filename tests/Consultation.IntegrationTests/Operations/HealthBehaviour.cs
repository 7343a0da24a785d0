using System.Net;
using System.Text.Json;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Mail;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consultation.IntegrationTests.Operations;

/// <summary>What a load balancer and the office see of a node: liveness, readiness and the dashboard's 系统状态.</summary>
public abstract class HealthBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task Liveness_and_readiness_answer_json_that_is_never_cached_and_sets_no_cookie()
    {
        var client = site.Factory.CreatePlainClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", Json(await live.Content.ReadAsStringAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = Json(await ready.Content.ReadAsStringAsync()).GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c);
        Assert.Equal(["database", "intake", "mail", "outbox", "redis", "search"], checks.Keys.Order());
        Assert.Equal(0, checks["intake"].GetProperty("data").GetProperty("waiting").GetInt32());
        Assert.False(checks["redis"].GetProperty("data").GetProperty("configured").GetBoolean());
        Assert.Equal("Healthy", checks["database"].GetProperty("status").GetString());
        Assert.True(checks["outbox"].GetProperty("data").GetProperty("latest").GetInt64() > 0);
        Assert.True(checks["search"].GetProperty("data").GetProperty("documents").GetInt32() > 0);
        Assert.All([live, ready], r => Assert.False(r.Headers.Contains("Set-Cookie")));
        Assert.All([live, ready], r => Assert.True(r.Headers.CacheControl?.NoStore));
    }

    [SkippableFact]
    public async Task A_mail_given_up_turns_mail_delivery_degraded_on_the_probe_and_on_the_dashboard()
    {
        using (var scope = site.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var mail = OutgoingMail.From(new MailDraft($"health-{Guid.NewGuid():N}", "reader@example.org", "主题", "正文", "<p>正文</p>", null),
                DateTimeOffset.UtcNow);
            mail.Undelivered("550 mailbox unavailable", DateTimeOffset.UtcNow, maxAttempts: 1, TimeSpan.FromMinutes(1));
            db.Add(mail);
            await db.SaveChangesAsync();
        }
        var admin = await site.SignInAsync("admin");

        var ready = await site.Factory.CreatePlainClient().GetAsync("/health/ready");
        var (_, dashboard) = await admin.GetAsync("/admin");

        var body = Json(await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode); // degraded still serves
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        Assert.DoesNotContain("reader@example.org", body.GetRawText());
        var panel = dashboard.QuerySelector("#vital-signs")!;
        Assert.Contains("降级", panel.QuerySelector("strong")!.TextContent);
        Assert.Contains("降级", panel.QuerySelector("tr[data-check='mail']")!.TextContent);
        Assert.Contains("正常", panel.QuerySelector("tr[data-check='database']")!.TextContent);
        Assert.Contains("未配置", panel.QuerySelector("tr[data-check='redis']")!.TextContent);
    }

    [SkippableFact]
    public async Task The_log_carries_request_ids_and_never_a_commenter_s_name_or_contact()
    {
        var log = new CapturingLoggerProvider();
        using var node = site.Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l =>
        {
            l.AddProvider(log);
            l.AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace);
        })));
        var slug = await ConsultationArranger.PublishedAsync(site.Factory, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(29));
        var citizen = new Browser(node.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        var fields = new Dictionary<string, string>
        {
            ["Body"] = "建议补充日志不得记录个人信息的要求。", ["ClauseAnchor"] = "", ["Name"] = "欧阳日志",
            ["Contact"] = "13912345678", ["captcha"] = await ProofOfWorkSolver.SolveFromAsync(citizen.Client),
        };

        var response = await citizen.SubmitAsync($"/consultations/{slug}", $"/consultations/{slug}/comments", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lines = log.Lines.ToList();
        Assert.Contains(lines, l => l.Scopes.ContainsKey("RequestId") && l.Scopes.ContainsKey("TraceId")
                                    && l.Text.Contains("/comments", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Everything.Contains("13912345678", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Everything.Contains("欧阳日志", StringComparison.Ordinal));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
