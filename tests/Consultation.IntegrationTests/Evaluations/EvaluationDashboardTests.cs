using Consultation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Evaluations;

/// <summary>The dashboard's 政策评估 alarm on a site whose clock and due date the test sets.</summary>
public sealed class EvaluationDashboardTests
{
    private static async Task<AngleSharp.Dom.IDocument> DashboardAsync(DateTimeOffset now,
        Dictionary<string, string>? settings = null)
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite(), settings: settings);
        using var clocked = site.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(now))));
        var browser = await new Browser(clocked.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true,
        })).SignInAsync("editor", site.Credentials.PasswordOf("editor"));
        return (await browser.GetAsync("/admin")).Page;
    }

    [Fact]
    public async Task The_alarm_shows_when_the_configured_due_date_passed_with_too_few_results_public()
    {
        // 1 July in Shanghai; the demo evaluation is published that morning, a day after the configured 30 June.
        var page = await DashboardAsync(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.FromHours(8)),
            new() { ["Evaluations:ResultsDueMonthDay"] = "06-30" });

        var line = page.QuerySelector("#evaluation-duty-2026")!;
        Assert.Contains("2026年：须于 2026-06-30 前公开不少于 2 项，已按时公开 0 项。", line.TextContent);
        Assert.Equal("（已逾期）", line.QuerySelector("strong.overdue")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_configured_minimum_is_shown_and_no_alarm_before_the_due_date()
    {
        var page = await DashboardAsync(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8)),
            new() { ["Evaluations:MinimumPerYear"] = "3" });

        var line = page.QuerySelector("#evaluation-duty-2026")!;
        Assert.Contains("须于 2026-12-31 前公开不少于 3 项，已按时公开 1 项。", line.TextContent);
        Assert.Null(line.QuerySelector("strong"));
    }

    [Fact]
    public async Task On_2_January_last_years_overdue_alarm_is_still_shown()
    {
        var page = await DashboardAsync(new DateTimeOffset(2027, 1, 2, 9, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal("（已逾期）", page.QuerySelector("#evaluation-duty-2026 strong.overdue")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#evaluation-duty-2027 strong.overdue"));
    }

    [Fact]
    public async Task In_the_last_month_before_the_due_date_the_duty_shows_as_due_soon()
    {
        var page = await DashboardAsync(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal("即将到期", page.QuerySelector("#evaluation-duty-2026 strong.due-soon")!.TextContent.Trim());
    }
}
