using Consultation.IntegrationTests.Inspection;

namespace Consultation.IntegrationTests.Disclosure;

/// <summary>The dashboard's 依申请公开 panel: open requests by working days left, overdue ones flagged, and the January reminder.</summary>
public sealed class DisclosureDashboardTests
{
    private static async Task<AngleSharp.Dom.IElement> PanelAsync(ClockedSite site)
    {
        var (_, page) = await (await site.SignInAsync("editor")).GetAsync("/admin");
        return page.QuerySelector("#disclosure-due")!;
    }

    private static int? DaysLeft(AngleSharp.Dom.IElement row)
    {
        var text = row.QuerySelector(".days-left")!.TextContent;
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : text.Contains("超期") ? -int.Parse(digits) : int.Parse(digits);
    }

    [Fact]
    public async Task Open_requests_are_listed_fewest_working_days_left_first_and_overdue_ones_are_flagged()
    {
        using var site = new ClockedSite();
        var rows = (await PanelAsync(site)).QuerySelectorAll("tbody tr").ToList();
        var left = rows.Select(DaysLeft).Where(d => d is not null).ToList();
        Assert.True(left.Count >= 2);
        Assert.Equal(left.Order().ToList(), left);
        Assert.DoesNotContain(rows, r => r.ClassList.Contains("overdue-row"));

        site.Clock.Now = site.Clock.Now.AddDays(10);
        var late = (await PanelAsync(site)).QuerySelectorAll("tbody tr.overdue-row").ToList();
        Assert.NotEmpty(late);
        Assert.All(late, r => Assert.StartsWith("已超期", r.QuerySelector(".days-left strong")!.TextContent));
    }

    [Fact]
    public async Task In_January_the_dashboard_reminds_of_the_annual_report_until_the_31st()
    {
        var year = DateTimeOffset.UtcNow.Year + 1;
        using var site = new ClockedSite(new DateTimeOffset(year, 1, 15, 2, 0, 0, TimeSpan.Zero));

        var reminder = (await PanelAsync(site)).QuerySelector("#annual-report-reminder")!;
        Assert.StartsWith($"请于 {year}-01-31 前公布{year - 1}年度政府信息公开工作年度报告。", reminder.TextContent.Trim());
        Assert.Equal($"/admin/disclosure/annual/{year - 1}", reminder.QuerySelector("a")!.GetAttribute("href"));

        site.Clock.Now = new DateTimeOffset(year, 2, 1, 2, 0, 0, TimeSpan.Zero);
        Assert.Null((await PanelAsync(site)).QuerySelector("#annual-report-reminder"));
    }
}
