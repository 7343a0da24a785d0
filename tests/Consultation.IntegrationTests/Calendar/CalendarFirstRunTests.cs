using Consultation.Infrastructure.Calendar;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Calendar;

public sealed class CalendarFirstRunTests
{
    [Fact]
    public async Task The_official_holidays_are_loaded_even_without_demo_data()
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite(), settings: new() { ["Seed:DemoData"] = "false" });
        site.CreateClient().Dispose();

        var calendar = await site.Services.GetRequiredService<WorkingCalendarProvider>().GetAsync();

        Assert.Equal([2023, 2024, 2025, 2026], calendar.LoadedYears);
    }
}
