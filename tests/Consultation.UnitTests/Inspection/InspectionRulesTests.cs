using Consultation.Core.Content;
using Consultation.Core.Inspection;
using static Consultation.UnitTests.Calendar.OfficialCalendar;

namespace Consultation.UnitTests.Inspection;

public sealed class InspectionRulesTests
{
    private static readonly InspectionRules Rules = new();

    [Theory]
    [InlineData(0, InspectionStatus.Pass)]
    [InlineData(1, InspectionStatus.AtRisk)]
    [InlineData(4, InspectionStatus.AtRisk)]
    [InlineData(5, InspectionStatus.Fail)]
    public void Five_stale_or_empty_columns_fail_and_fewer_are_a_risk(int count, InspectionStatus status) =>
        Assert.Equal(status, InspectionVerdict.ByCount(count, Rules.StaleColumnsVeto));

    [Theory]
    [InlineData("2026-03-10", InspectionStatus.Pass)]
    [InlineData("2026-03-12", InspectionStatus.AtRisk)]
    [InlineData("2026-03-15", InspectionStatus.AtRisk)]
    [InlineData("2026-03-16", InspectionStatus.Fail)]
    public void A_deadline_is_at_risk_in_its_last_days_and_fails_the_day_after(string today, InspectionStatus status) =>
        Assert.Equal(status, InspectionVerdict.ByDeadline(Date("2026-03-15"), Date(today), Rules.WarningDays));

    [Fact]
    public void News_columns_stay_fresh_two_weeks_and_notice_columns_six_months()
    {
        Assert.Equal(Date("2026-03-15"), InspectionVerdict.FreshUntil(ColumnUpdateCycle.News, Date("2026-03-01"), Rules));
        Assert.Equal(Date("2026-09-01"), InspectionVerdict.FreshUntil(ColumnUpdateCycle.Notice, Date("2026-03-01"), Rules));
        Assert.Null(InspectionVerdict.FreshUntil(ColumnUpdateCycle.None, Date("2026-03-01"), Rules));
    }

    [Theory]
    [InlineData("/articles/3", "/columns/notices", "/articles/3")]
    [InlineData("report.pdf", "/media/files/", "/media/files/report.pdf")]
    [InlineData("?page=2", "/columns/notices", "/columns/notices?page=2")]
    [InlineData("/articles/3#top", "/", "/articles/3")]
    [InlineData("/language/en?returnUrl=%2F", "/", null)]
    [InlineData("/admin/login", "/", null)]
    [InlineData("https://www.gov.cn/", "/", null)]
    [InlineData("mailto:office@example.cn", "/", null)]
    [InlineData("#main", "/", null)]
    [InlineData("/consultations?status=Open&amp;year=2026", "/", "/consultations?status=Open&year=2026")]
    public void A_link_on_a_page_is_followed_only_inside_the_public_site(string href, string page, string? path) =>
        Assert.Equal(path, CrawlPath.Resolve(href, page, InspectionRules.DefaultCrawlSkipPrefixes));

    [Fact]
    public void A_crawl_counts_what_it_found_up_to_its_limit_and_its_progress()
    {
        var crawl = LinkCrawl.Start("editor", DateTimeOffset.UtcNow);
        Assert.Equal(3, crawl.Discover(5, maxPages: 4));
        crawl.Record(CrawledLink.For(1, "/", ""), 200, DateTimeOffset.UtcNow);
        crawl.Record(CrawledLink.For(1, "/missing", "/"), 404, DateTimeOffset.UtcNow);

        Assert.Equal((4, 2, 1, 2, 50), (crawl.Found, crawl.Checked, crawl.Broken, crawl.Skipped, crawl.Percent));
    }
}
