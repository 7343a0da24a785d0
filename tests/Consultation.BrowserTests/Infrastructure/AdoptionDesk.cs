using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>
/// The back office's side of adoption: the grouping workbench (集中意见归类) and the adoption report
/// (意见采纳情况) of a consultation, used through their labels and buttons as an editor or reviewer would.
/// </summary>
public static partial class AdoptionDesk
{
    /// <summary>From the consultation's back-office page, follows 「集中意见归类」.</summary>
    public static async Task OpenWorkbenchAsync(this BackOfficeSession session, string title)
    {
        await session.OpenConsultationAsync(title);
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "集中意见归类", Exact = true }).ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = $"集中意见归类：{title}", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>The 「未归类的意见（N 条）」 section, whose heading counts what is left.</summary>
    public static ILocator Unassigned(this BackOfficeSession session) =>
        session.Page.GetByRole(AriaRole.Region, new() { NameRegex = UnassignedHeading() });

    /// <summary>One opinion group's box, found by its name (its heading also carries the disposition and size).</summary>
    public static ILocator Group(this BackOfficeSession session, string name) =>
        session.Page.Locator("section.opinion-group").Filter(new()
        {
            Has = session.Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 3 }),
        });

    /// <summary>Ticks the unassigned comments containing the given texts, names the new group and presses 新建集中意见.</summary>
    public static async Task CreateGroupAsync(this BackOfficeSession session, string name, params string[] commentTexts)
    {
        var unassigned = session.Unassigned();
        foreach (var text in commentTexts) await unassigned.GetByRole(AriaRole.Checkbox, new() { Name = text }).CheckAsync();
        await unassigned.GetByLabel("新集中意见名称").FillAsync(name);
        await unassigned.GetByRole(AriaRole.Button, new() { Name = "新建集中意见", Exact = true }).ClickAsync();
        var group = session.Group(name);
        await Expect(group).ToBeVisibleAsync();
        foreach (var text in commentTexts) await Expect(group.GetByRole(AriaRole.Checkbox, new() { Name = text })).ToBeVisibleAsync();
    }

    /// <summary>Chooses the disposition (and reason, and the clause it changed) in the group's box and saves it.</summary>
    public static async Task DecideAsync(this BackOfficeSession session, string group, string disposition,
        string? reason = null, string? changedClause = null)
    {
        var box = session.Group(group);
        await box.GetByLabel("处理结果", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = disposition });
        if (reason is not null) await box.GetByLabel("理由（未完全采纳时必填，将公开）").FillAsync(reason);
        if (changedClause is not null)
            await box.GetByLabel("正式文本中因此修改的条款").SelectOptionAsync(new SelectOptionValue { Label = changedClause });
        await box.GetByRole(AriaRole.Button, new() { Name = "保存采纳情况", Exact = true }).ClickAsync();
        await Expect(box.Locator("h3 .badge")).ToHaveTextAsync(disposition);
    }

    public static ILocator ReportState(this BackOfficeSession session) => session.Page.Locator("#report-state");

    /// <summary>Follows 「采纳情况报告」 from the workbench.</summary>
    public static async Task OpenReportFromWorkbenchAsync(this BackOfficeSession session, string title)
    {
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "采纳情况报告", Exact = true }).ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = $"意见采纳情况：{title}", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>
    /// From the report, follows 「记录决策」 to the decision, records its date (yyyy-MM-dd) — the fact that starts the
    /// report's clock — and comes back to the report, which now shows that date.
    /// </summary>
    public static async Task RecordDecisionAsync(this BackOfficeSession session, string decidedOn)
    {
        var report = session.Page.Url;
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "记录决策", Exact = true }).ClickAsync();
        await session.Page.GetByLabel("决策作出日期").FillAsync(decidedOn);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "记录决策", Exact = true }).ClickAsync();
        await Expect(session.Page.Locator("#decided-on")).ToContainTextAsync(decidedOn);
        await session.Page.GotoAsync(report);
        await Expect(session.Page.Locator("#decided-on")).ToContainTextAsync(decidedOn);
    }

    /// <summary>Types the final text, presses 保存 and waits for the saved draft.</summary>
    public static async Task SaveReportAsync(this BackOfficeSession session, string finalText)
    {
        await session.Page.GetByLabel("决策正式文本（用于与草案对照）").FillAsync(finalText);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(session.ReportState()).ToHaveTextAsync("草稿");
    }

    public static async Task SubmitReportAsync(this BackOfficeSession session)
    {
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true }).ClickAsync();
        await Expect(session.ReportState()).ToHaveTextAsync("待初审");
    }

    /// <summary>Opens the report from 「采纳情况待公布」 on the dashboard, presses 审核通过 and waits for the next state.</summary>
    public static async Task ApproveReportAsync(this BackOfficeSession session, string title, string expectedStateAfter)
    {
        await session.Page.GotoAsync("/admin");
        await session.DashboardSection("采纳情况待公布").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = $"意见采纳情况：{title}", Level = 1 })).ToBeVisibleAsync();
        await session.Page.ApproveAsync(exact: true);
        await Expect(session.ReportState()).ToHaveTextAsync(expectedStateAfter);
    }

    [GeneratedRegex("^未归类的意见")]
    private static partial Regex UnassignedHeading();
}
