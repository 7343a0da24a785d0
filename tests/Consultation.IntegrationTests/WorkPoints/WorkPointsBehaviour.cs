using System.Net;
using System.Text.RegularExpressions;
using Consultation.IntegrationTests.Infrastructure;
using AngleSharp.Dom;

namespace Consultation.IntegrationTests.WorkPoints;

/// <summary>The 政务公开工作要点 board: editors report progress, the public sees it; run on SQLite and PostgreSQL.</summary>
public abstract class WorkPointsBehaviour(SiteFixture site)
{
    /// <summary>The id of the <paramref name="index"/>-th row of the 2023 table as the back office lists it.</summary>
    private async Task<string> RowIdAsync(Browser browser, int index)
    {
        var (_, page) = await browser.GetAsync("/admin/work-points?year=2023");
        return page.QuerySelectorAll("#workpoints-admin tbody tr")[index].Id!["row-".Length..];
    }

    private static IElement PublicRow(IDocument board, string id) => board.QuerySelector($"#workpoint-{id}")!;

    [SkippableFact]
    public async Task Reported_progress_reaches_the_public_board_with_status_date_evidence_and_note_only_after_three_reviews()
    {
        var editor = await site.SignInAsync("editor");
        var id = await RowIdAsync(editor, 3);

        var saved = await editor.SubmitAsync($"/admin/work-points/{id}", $"/admin/work-points/{id}",
            new Dictionary<string, string>
            {
                ["status"] = "Completed", ["statusDate"] = "2023-10-08",
                ["evidence"] = "https://edu.shandong.gov.cn/art/2023/10/8/notice.html", ["note"] = "收费公示已集中公开。",
            });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = $"/admin/work-points/{id}";
        var (_, before) = await site.NewBrowser().GetAsync("/work-points/2023");
        Assert.Equal("未开始", PublicRow(before, id).QuerySelector(".badge")!.TextContent);
        await site.PassReviewAsync(editor, page);

        var (_, board) = await site.NewBrowser().GetAsync("/work-points/2023");
        var row = PublicRow(board, id);
        Assert.Equal("已完成", row.QuerySelector(".badge")!.TextContent);
        Assert.Equal("2023-10-08", row.QuerySelector("time.status-date")!.TextContent);
        Assert.Equal("收费公示已集中公开。", row.QuerySelector(".progress-note")!.TextContent);
        Assert.Equal("https://edu.shandong.gov.cn/art/2023/10/8/notice.html",
            row.QuerySelector("a.evidence")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task The_public_board_counts_the_rows_in_each_status_in_words()
    {
        var (_, board) = await site.NewBrowser().GetAsync("/work-points/2023");

        var badges = board.QuerySelectorAll("#workpoints .badge").Select(b => b.TextContent).ToList();
        foreach (var (status, label) in new[] { ("notstarted", "未开始"), ("inprogress", "推进中"), ("completed", "已完成") })
            Assert.Equal($"{label} {badges.Count(b => b == label)} 项",
                Regex.Replace(board.QuerySelector($"#summary-{status}")!.TextContent, @"\s+", " ").Trim());
        Assert.Contains("已完成", badges);
        Assert.Contains("推进中", badges);
    }

    [SkippableFact]
    public async Task A_javascript_evidence_link_is_refused_with_a_localized_400_and_the_stored_progress_stays()
    {
        var editor = await site.SignInAsync("editor");
        var id = await RowIdAsync(editor, 0);

        var refused = await editor.SubmitAsync($"/admin/work-points/{id}", $"/admin/work-points/{id}",
            new Dictionary<string, string> { ["evidence"] = "javascript:alert(document.cookie)" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("佐证链接只能是以 https:// 开头的网址或本站以 / 开头的路径",
            (await Browser.ParseAsync(refused)).Text());
        var (_, board) = await site.NewBrowser().GetAsync("/work-points/2023");
        Assert.Equal("https://edu.shandong.gov.cn/", PublicRow(board, id).QuerySelector("a.evidence")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task A_status_date_in_the_future_is_refused_with_a_localized_400()
    {
        var editor = await site.SignInAsync("editor");
        var id = await RowIdAsync(editor, 5);
        var tomorrow = DateTime.UtcNow.AddHours(8).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var refused = await editor.SubmitAsync($"/admin/work-points/{id}", $"/admin/work-points/{id}",
            new Dictionary<string, string> { ["status"] = "InProgress", ["statusDate"] = tomorrow });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("状态日期不能晚于今天", (await Browser.ParseAsync(refused)).Text());
    }

    [SkippableFact]
    public async Task An_auditor_can_read_the_progress_page_but_cannot_update_it()
    {
        var auditor = await site.SignInAsync("auditor");
        var id = await RowIdAsync(auditor, 1);
        var (shown, page) = await auditor.GetAsync($"/admin/work-points/{id}");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Null(page.QuerySelector($"form[action='/admin/work-points/{id}']"));

        var response = await auditor.PostFieldsAsync($"/admin/work-points/{id}", $"/admin/work-points/{id}",
            ("status", "Completed"), ("statusDate", "2023-12-01"), ("evidence", "https://edu.shandong.gov.cn/x"));

        Assert.Equal(HttpStatusCode.Forbidden, await auditor.SeenStatusAsync(response));
        var (_, board) = await site.NewBrowser().GetAsync("/work-points/2023");
        Assert.Equal("推进中", PublicRow(board, id).QuerySelector(".badge")!.TextContent);
    }
}
