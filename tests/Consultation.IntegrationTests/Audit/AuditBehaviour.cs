using Consultation.Core;
using System.Globalization;
using System.Net;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Audit;

/// <summary>The audit log at /admin/audit and the auditor's read-only role; run on SQLite and on PostgreSQL.</summary>
public abstract class AuditBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task The_log_shows_each_demo_article_walking_through_the_three_reviews_to_publication()
    {
        var auditor = await site.SignInAsync("auditor");

        foreach (var key in new[] { "1", "2", "3" })
        {
            var (response, page) = await auditor.GetAsync($"/admin/audit?subjectType=article&subjectKey={key}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var rows = Rows(page);
            Assert.Equal(["publish", "approve", "approve", "approve", "submit"], rows.Select(r => r.GetAttribute("data-action")));
            Assert.Equal(["系统", "演示终审", "演示复审", "演示初审", "演示编辑"], rows.Select(r => r.QuerySelector(".actor")!.TextContent));
            Assert.All(rows, r => Assert.Equal($"/admin/articles/{key}", r.QuerySelector("th a")!.GetAttribute("href")));
            Assert.Contains("待初审 → 待复审", rows[3].TextContent);
            Assert.Matches("第 1 版 [0-9a-f]{12}$", rows[0].QuerySelectorAll("td")[4].TextContent.Trim());
        }
    }

    [SkippableFact]
    public async Task Filtering_by_action_shows_only_that_action()
    {
        var admin = await site.SignInAsync("admin");

        var (_, page) = await admin.GetAsync("/admin/audit?action=approve");

        var rows = Rows(page);
        Assert.True(rows.Count >= 9);
        Assert.All(rows, r => Assert.Equal("approve", r.GetAttribute("data-action")));
        Assert.Equal("approve", page.QuerySelector("#action option[selected]")!.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task Filtering_by_actor_shows_only_what_that_person_did()
    {
        var auditor = await site.SignInAsync("auditor");

        var (_, page) = await auditor.GetAsync("/admin/audit?actor=reviewer1&action=approve");

        var rows = Rows(page);
        // reviewer1 passed 初审 of the three demo articles, the three demo decisions and their consultations, the demo
        // policy, the decided demo consultation's adoption report and result document, the published demo evaluation,
        // the invitation call and record of the two demo meetings, the four demo catalog lines, the four demo
        // progress reports on the 2023 work points, the answer to the demo message and the demo response notice.
        Assert.Equal(27, rows.Count);
        Assert.All(rows, r => Assert.Equal("演示初审", r.QuerySelector(".actor")!.TextContent));
    }

    [SkippableFact]
    public async Task Filtering_by_shanghai_dates_includes_today_and_excludes_other_days()
    {
        var auditor = await site.SignInAsync("auditor");
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToShanghai().DateTime);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var (_, around) = await auditor.GetAsync($"/admin/audit?from={Day(today.AddDays(-1))}&to={Day(today.AddDays(1))}");
        var (_, past) = await auditor.GetAsync("/admin/audit?from=2000-01-01&to=2000-12-31");

        Assert.True(Rows(around).Count >= 15);
        Assert.Empty(Rows(past));
        Assert.Contains("没有符合条件的记录", past.Text());
        Assert.Equal("2000-01-01", past.QuerySelector("#from")!.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task Pages_follow_the_id_keyset_both_ways()
    {
        var auditor = await site.SignInAsync("auditor");
        var ids = Ids((await auditor.GetAsync("/admin/audit?subjectType=article")).Page);

        var (_, older) = await auditor.GetAsync($"/admin/audit?subjectType=article&before={ids[4]}");
        var newerLink = older.QuerySelector("a[rel=prev]")!.GetAttribute("href")!;
        var (_, newer) = await auditor.GetAsync(newerLink);

        Assert.Equal(ids.Skip(5), Ids(older));
        Assert.Contains("subjectType=article", newerLink);
        Assert.Equal(ids.Take(5), Ids(newer));
    }

    [SkippableFact]
    public async Task An_editor_gets_403_on_the_audit_log()
    {
        var editor = await site.SignInAsync("editor");

        Assert.Equal(HttpStatusCode.Forbidden, await editor.SeenStatusAsync(await editor.Client.GetAsync("/admin/audit")));
    }

    [SkippableFact]
    public async Task An_auditor_can_read_articles_but_every_change_is_refused_and_nothing_changes()
    {
        var id = await ArticleAwaitingFirstReviewAsync();
        var auditor = await site.SignInAsync("auditor");
        var show = $"/admin/articles/{id}";
        var attempts = new (string Action, (string, string)[] Fields)[]
        {
            (ReviewUrl.For(show, "approve"), []),
            (ReviewUrl.For(show, "send-back"), [("comment", "审计不应能退回")]),
            (ReviewUrl.For(show, "submit"), []),
            ($"{show}/edit", [("ColumnId", "1"), ("Title", "审计改写的标题"), ("Body", "x")]),
            ($"{show}/schedule", [("publishAt", "2030-01-01T08:00")]),
            ($"{show}/rollback/1", []),
            ($"{show}/preview-token", []),
            ("/admin/articles/new", [("ColumnId", "1"), ("Title", "审计新建的文章")]),
        };
        var (_, before) = await auditor.GetAsync(show);

        foreach (var (action, fields) in attempts)
        {
            var response = await auditor.PostFieldsAsync(show, action, fields);
            var seen = await auditor.SeenStatusAsync(response);
            Assert.True((int)seen is >= 400 and < 500, $"{action} gave {(int)seen}");
        }

        var (_, after) = await auditor.GetAsync(show);
        Assert.Equal("待初审", after.QuerySelector("#review-state")!.TextContent);
        Assert.Equal(before.QuerySelector("h1")!.TextContent, after.QuerySelector("h1")!.TextContent);
        Assert.Equal(before.QuerySelector("#preview-link")!.GetAttribute("href"), after.QuerySelector("#preview-link")!.GetAttribute("href"));
        var (_, log) = await auditor.GetAsync($"/admin/audit?subjectType=article&subjectKey={id}");
        Assert.Equal(["submit"], Rows(log).Select(r => r.GetAttribute("data-action")));
        // Their sign-ins are evidence too; nothing else by the auditor is.
        Assert.All(Rows((await auditor.GetAsync("/admin/audit?actor=auditor")).Page),
            r => Assert.StartsWith("sign_in", r.GetAttribute("data-action")));
    }

    [SkippableFact]
    public async Task The_audit_log_cannot_be_modified_or_deleted_through_the_database_context()
    {
        using (var scope = site.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var entry = await db.AuditEntries.OrderBy(e => e.Id).FirstAsync();
            db.Entry(entry).Property(e => e.ActorName).CurrentValue = "tampered";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        using (var scope = site.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            db.AuditEntries.Remove(await db.AuditEntries.OrderBy(e => e.Id).FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        using (var scope = site.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var first = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).FirstAsync();
            Assert.Equal("演示编辑", first.ActorName);
            Assert.Equal("submit", first.Action);
        }
    }

    [SkippableFact]
    public async Task The_database_itself_refuses_bulk_and_raw_rewrites_of_the_audit_log()
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var first = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).FirstAsync();
        var count = await db.AuditEntries.CountAsync();

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.AuditEntries.Where(e => e.Id == first.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.ActorName, "tampered")));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.AuditEntries.Where(e => e.Id == first.Id).ExecuteDeleteAsync());
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.Database.ExecuteSqlRawAsync(db.IsSqlite ? "DELETE FROM \"AuditEntries\"" : "TRUNCATE \"AuditEntries\""));

        var again = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).FirstAsync();
        Assert.Equal(first.ActorName, again.ActorName);
        Assert.Equal(count, await db.AuditEntries.CountAsync());
    }

    /// <summary>An article written and submitted by the demo editor through the back office.</summary>
    private async Task<int> ArticleAwaitingFirstReviewAsync()
    {
        var editor = await site.SignInAsync("editor");
        var created = await editor.SubmitAsync("/admin/articles/new", "/admin/articles/new",
            new Dictionary<string, string> { ["ColumnId"] = "1", ["Title"] = "审计测试文章", ["Body"] = "正文" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var show = created.Headers.Location!.OriginalString;
        var submitted = await editor.SubmitAsync(show, ReviewUrl.For(show, "submit"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return int.Parse(show.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static List<IElement> Rows(IDocument page) => [.. page.QuerySelectorAll("#audit-log tbody tr")];

    private static List<long> Ids(IDocument page) =>
        Rows(page).Select(r => long.Parse(r.GetAttribute("data-id")!, CultureInfo.InvariantCulture)).ToList();
}
