using System.Net;
using System.Text.RegularExpressions;
using Consultation.Core;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Caching;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Policies;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.IntegrationTests.Performance;

/// <summary>
/// The public lists that grow without bound page by key: with 10 published items or 300, every page of policies,
/// meetings, evaluations and responses takes the same number of SQL commands, page 1 shows the configured page size,
/// and the 下一页 links lead through every published item once, newest first, without a gap.
/// </summary>
public abstract class ListPagingShapeBehaviour(SiteFixture site)
{
    /// <summary><c>Site:ListPageSize</c> in appsettings.json.</summary>
    private const int PageSize = 20;

    private static readonly string[] Lists = ["/policies", "/meetings", "/evaluations", "/responses"];

    [SkippableFact]
    public async Task Every_page_of_every_list_takes_as_many_sql_commands_with_three_hundred_items_as_with_ten()
    {
        await PublishAsync(0, 10);
        var few = new Dictionary<string, int>();
        foreach (var list in Lists)
        {
            var walk = await WalkAsync(list, "few");
            Assert.Single(walk);
            Assert.Equal(await PublishedNewestFirstAsync(list), walk[0].Ids);
            few[list] = walk[0].Commands;
            // Every list reads the database: zero would mean the counter saw nothing, not a cheap page.
            Assert.True(few[list] > 0, $"{list}: no SQL command counted");
        }

        await PublishAsync(10, 290);
        foreach (var list in Lists)
        {
            var walk = await WalkAsync(list, "many");
            Assert.Equal(PageSize, walk[0].Ids.Count);
            Assert.True(walk.Count >= 300 / PageSize, $"{list}: {walk.Count} pages");
            // No repeats, no gaps, in the list's order: the walk shows exactly what is published.
            Assert.Equal(await PublishedNewestFirstAsync(list), walk.SelectMany(p => p.Ids));
            Assert.Empty(walk.Select((p, i) => (p, i)).Where(x => x.p.Commands != few[list])
                .Select(x => $"{list} page {x.i + 1}: {x.p.Commands} SQL commands, {few[list]} with 10 items"));
        }
    }

    private sealed record Page(List<int> Ids, int Commands);

    /// <summary>Follows the 下一页 links from page 1 to the end, counting each page's SQL commands as it renders.</summary>
    private async Task<List<Page>> WalkAsync(string list, string run)
    {
        var client = site.Factory.CreatePlainClient();
        var counter = site.Factory.Services.GetRequiredService<SqlCommandCounter>();
        var link = new Regex($"^{Regex.Escape(list)}/([0-9]+)$");
        var pages = new List<Page>();
        string? next = list;
        while (next is not null)
        {
            // Count what rendering costs, not the output cache's answer.
            await site.Factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicPages.Tag, default);
            var name = Uri.EscapeDataString($"{run} {list} {pages.Count}");
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add(SqlCommandCounter.Header, name);
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{next}: {response.StatusCode}");
            var page = await Browser.ParseAsync(response);
            var ids = page.QuerySelectorAll("main a[href]").Select(a => link.Match(a.GetAttribute("href")!))
                .Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).ToList();
            pages.Add(new Page(ids, counter[name]));
            next = page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href") is { } href ? list + href : null;
            Assert.True(pages.Count < 100, $"{list}: the walk does not end");
        }
        return pages;
    }

    /// <summary>What the database holds as public for the list, in the list's order (newest first, then higher id).</summary>
    private async Task<List<int>> PublishedNewestFirstAsync(string list)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var year = ShanghaiTime.DayOf(DateTimeOffset.UtcNow).Year;
        var rows = list switch
        {
            "/policies" => await db.PolicyDocuments.Where(p => p.PublishedAt != null)
                .Select(p => new { p.Id, At = p.PublishedAt!.Value }).ToListAsync(),
            "/meetings" => await db.Meetings.Where(m => m.InvitationPublishedAt != null || m.RecordPublishedAt != null)
                .Select(m => new { m.Id, At = m.HeldAt }).ToListAsync(),
            "/evaluations" => await db.Evaluations.Where(e => e.Year == year && e.PublishedAt != null)
                .Select(e => new { e.Id, At = e.PublishedAt!.Value }).ToListAsync(),
            _ => await db.ResponseNotices.Where(r => r.PublishedAt != null)
                .Select(r => new { r.Id, At = r.PublishedAt!.Value }).ToListAsync(),
        };
        return [.. rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Select(r => r.Id)];
    }

    /// <summary>
    /// Publishes <paramref name="count"/> of each kind through their entity verbs and 三审, two by two at the same
    /// moment (the id decides between them), each pair a minute older than the one before.
    /// </summary>
    private async Task PublishAsync(int from, int count)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var forms = scope.ServiceProvider.GetRequiredService<IOptions<PolicyOptions>>().Value.MinimumInterpretationForms;
        var start = DateTimeOffset.UtcNow.AddDays(-2);
        var year = ShanghaiTime.DayOf(DateTimeOffset.UtcNow).Year;
        var decision = Decision.Create("列表翻页测试决策", "办公室", year, true, "背景", PublishedListItems.Writer);
        db.Decisions.Add(decision);
        var policies = Enumerable.Range(from, count).Select(i => PublishedListItems.Policy(i, At(start, i), forms)).ToList();
        db.PolicyDocuments.AddRange(policies);
        await db.SaveChangesAsync();
        foreach (var i in Enumerable.Range(from, count))
        {
            db.Meetings.Add(PublishedListItems.Meeting(i, decision.Id, At(start, i)));
            db.Evaluations.Add(PublishedListItems.Evaluation(i, year, At(start, i)));
            db.ResponseNotices.Add(PublishedListItems.Response(i, policies[i - from].Id, At(start, i)));
        }
        await db.SaveChangesAsync();
    }

    private static DateTimeOffset At(DateTimeOffset start, int i) => start.AddMinutes(-(i / 2));
}
