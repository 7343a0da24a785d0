using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Records;

/// <summary>
/// The yearly open-data ZIP (/open-data/downloads): the files it lists, CSV with BOM, the checksum the page shows is
/// the one of the bytes served, a public change makes a new file, and nothing private or unpublished is in it.
/// </summary>
public abstract class DownloadsBehaviour(SiteFixture site)
{
    private const int Year = 2026; // the year ConsultationSteps' decisions name
    private readonly ConsultationSteps _steps = new(site);

    private static readonly string[] Listed =
    [
        "README.txt", $"open-data-{Year}.json", "decisions.csv", "consultations.csv", "interpretations.csv", "clauses.csv",
        "comment_counts_by_channel.csv", "comments.csv", "groups.csv", "group_clauses.csv", "reports.csv", "meetings.csv",
        "persons.csv", "organizations.csv", "memberships.csv", "attendees.csv", "opinions.csv", "catalog.csv",
        "policies.csv", "policy_interpretations.csv", "evaluations.csv",
    ];

    [SkippableFact]
    public async Task The_zip_holds_every_listed_file_each_csv_with_a_bom_and_the_page_shows_the_checksum_of_the_bytes_served()
    {
        var (consultation, _) = await PublicConsultationAsync();
        var citizen = site.NewBrowser();

        var (_, page) = await citizen.GetAsync("/open-data/downloads");
        var response = await citizen.Client.GetAsync($"/open-data/downloads/{Year}.zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var year = page.QuerySelector($"#year-{Year}")!;
        Assert.Equal(Sha256(bytes), year.QuerySelector(".checksum")!.TextContent);
        Assert.Equal(bytes.Length.ToString(), year.QuerySelector(".size")!.GetAttribute("data-bytes"));
        Assert.Matches(@"^\d+(\.\d)? (B|KB|MB)$", year.QuerySelector(".size")!.TextContent);
        Assert.Equal($"/open-data/downloads/{Year}.zip", year.QuerySelector("a.button")!.GetAttribute("href"));
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal($"\"{Sha256(bytes)}\"", response.Headers.ETag!.Tag);
        Assert.Equal($"consultation-open-data-{Year}.zip", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var files = await EntriesAsync(bytes);
        Assert.Equal(Listed.Order(), files.Keys.Order());
        foreach (var (name, content) in files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)))
            Assert.True(content.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), $"{name} starts with the BOM");
        Assert.Contains($"consultation-{consultation.Id}", Text(files["consultations.csv"]));
        Assert.Contains(consultation.Title, Text(files[$"open-data-{Year}.json"]));

        var again = new HttpRequestMessage(HttpMethod.Get, $"/open-data/downloads/{Year}.zip");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await citizen.Client.SendAsync(again)).StatusCode);
    }

    [SkippableFact]
    public async Task A_comment_published_in_the_year_makes_the_next_download_differ_and_the_page_checksum_change()
    {
        var (consultation, _) = await PublicConsultationAsync();
        var comment = await _steps.ReceiveAsync(consultation.Id, $"建议明确放学后托管时段-{Guid.NewGuid():N}");
        var citizen = site.NewBrowser();
        var before = await citizen.Client.GetByteArrayAsync($"/open-data/downloads/{Year}.zip");
        var (_, pageBefore) = await citizen.GetAsync("/open-data/downloads");
        Assert.Equal(Sha256(before), pageBefore.QuerySelector($"#year-{Year} .checksum")!.TextContent);

        await PublishAsync(consultation.Id, comment);

        var (_, pageAfter) = await citizen.GetAsync("/open-data/downloads");
        var after = await citizen.Client.GetByteArrayAsync($"/open-data/downloads/{Year}.zip");
        Assert.NotEqual(Sha256(before), Sha256(after));
        Assert.Equal(Sha256(after), pageAfter.QuerySelector($"#year-{Year} .checksum")!.TextContent);
        Assert.Contains($"comment-{comment}", Text((await EntriesAsync(after))["comments.csv"]));
        Assert.DoesNotContain($"comment-{comment}", Text((await EntriesAsync(before))["comments.csv"]));
    }

    [SkippableFact]
    public async Task No_email_phone_or_id_number_and_nothing_unpublished_is_in_any_file()
    {
        var (consultation, hiddenDecision) = await PublicConsultationAsync();
        var published = await _steps.ReceiveAsync(consultation.Id,
            "我的手机13912345678，邮箱 zhang.san@example.cn，身份证号370102199003071238，建议延长公示期。",
            "张三", "zhang.san@example.cn 13912345678");
        await PublishAsync(consultation.Id, published);
        var draft = $"尚未发布的意见-{Guid.NewGuid():N}";
        await _steps.ReceiveAsync(consultation.Id, draft);

        var bytes = await site.NewBrowser().Client.GetByteArrayAsync($"/open-data/downloads/{Year}.zip");

        var files = await EntriesAsync(bytes);
        Assert.Contains($"comment-{published}", Text(files["comments.csv"]));
        foreach (var (name, content) in files)
        {
            var text = Text(content);
            Assert.DoesNotMatch(ContactPatterns.Email(), text);
            Assert.DoesNotMatch(ContactPatterns.Mobile(), text);
            Assert.DoesNotMatch(ContactPatterns.IdNumber(), text);
            Assert.DoesNotContain("zhang.san", text);
            Assert.False(text.Contains(draft, StringComparison.Ordinal), $"{name} holds the unpublished comment");
            Assert.False(text.Contains(hiddenDecision, StringComparison.Ordinal), $"{name} holds the unpublished decision");
        }
    }

    [SkippableFact]
    public async Task Requests_at_once_after_a_change_all_get_the_same_complete_file_and_leave_one_file_on_disk()
    {
        await PublicConsultationAsync();
        var client = site.NewBrowser().Client;

        var bodies = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(_ => client.GetByteArrayAsync($"/open-data/downloads/{Year}.zip")));

        Assert.Single(bodies.Select(Sha256).Distinct());
        Assert.Contains("comments.csv", (await EntriesAsync(bodies[0])).Keys);
        var folders = Directory.GetDirectories(site.Factory.SearchIndexRoot, "downloads-*");
        Assert.Single(folders.SelectMany(f => Directory.GetFiles(f, $"{Year}-*.zip")));
        Assert.Empty(folders.SelectMany(f => Directory.GetFiles(f, "*.tmp")));
    }

    [SkippableFact]
    public async Task An_unknown_year_is_a_404_with_a_page_that_says_so_and_the_catalog_links_the_downloads()
    {
        var citizen = site.NewBrowser();

        var (missing, page) = await citizen.GetAsync("/open-data/downloads/1999.zip");
        var (_, catalog) = await citizen.GetAsync($"/catalog/{Year}");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("没有 1999 年度的数据包", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/open-data/downloads", page.QuerySelector("main a[href='/open-data/downloads']")?.GetAttribute("href"));
        Assert.NotNull(catalog.QuerySelector("#bulk-downloads a[href='/open-data/downloads']"));
    }

    /// <summary>A published consultation whose decision passed 三审 (so it is in the year's file), and the title of a
    /// decision of the same year that did not.</summary>
    private async Task<(PublicConsultation Consultation, string HiddenDecision)> PublicConsultationAsync()
    {
        var consultation = await _steps.PublishedAsync();
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var decision = await db.Decisions.SingleAsync(d => d.Id == consultation.DecisionId);
        var editor = Person("t-editor", BackOfficeRoles.Editor);
        var now = DateTimeOffset.UtcNow;
        decision.Describe(decision.Title, decision.Department, Year, true, "决策背景。", editor);
        decision.Submit(editor, now);
        decision.Approve(Person("t-first", BackOfficeRoles.FirstReviewer), now);
        decision.Approve(Person("t-second", BackOfficeRoles.SecondReviewer), now);
        decision.Approve(Person("t-final", BackOfficeRoles.FinalReviewer), now);
        var hidden = $"未公开的决策-{Guid.NewGuid():N}";
        db.Decisions.Add(Decision.Create(hidden, "政策法规处", Year, false, "背景。", editor));
        await db.SaveChangesAsync();
        return (consultation, hidden);
    }

    /// <summary>What a spreadsheet would run as a formula (hostile-inputs.json, category csv).</summary>
    private static readonly string[] Formulas = ["=HYPERLINK(\"https://evil.example\",\"点击\")", "+1+1", "@SUM(1+1)", "-2+3"];

    [SkippableFact]
    public async Task Comments_and_names_that_start_like_formulas_are_neutralised_in_every_csv_export()
    {
        var (consultation, _) = await PublicConsultationAsync();
        foreach (var formula in Formulas)
            await PublishAsync(consultation.Id, await _steps.ReceiveAsync(consultation.Id, formula, name: formula, publishName: true));
        var editor = await _steps.As("editor");
        var citizen = site.NewBrowser().Client;

        var exports = new Dictionary<string, byte[]>
        {
            ["editor comments.csv"] = await editor.Client.GetByteArrayAsync($"/admin/consultations/{consultation.Id}/comments.csv"),
            ["public comments.csv"] = await citizen.GetByteArrayAsync($"/consultations/{consultation.Slug}/comments.csv"),
            ["open-data comments.csv"] = (await EntriesAsync(await citizen.GetByteArrayAsync($"/open-data/downloads/{Year}.zip")))["comments.csv"],
        };

        foreach (var (export, bytes) in exports)
        {
            var cells = Cells(bytes);
            foreach (var formula in Formulas)
                Assert.True(cells.Count(c => c == "'" + formula) >= 2, $"{export}: '{formula} as body and as name");
            Assert.DoesNotContain(cells, c => c.Length > 0 && "=+-@\t\r".Contains(c[0], StringComparison.Ordinal));
        }
    }

    /// <summary>Every cell as a spreadsheet reads it (RFC 4180 quoting undone, nothing trimmed).</summary>
    private static List<string> Cells(byte[] csv)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new MemoryStream(csv), Encoding.UTF8)
        {
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var cells = new List<string>();
        while (!parser.EndOfData) cells.AddRange(parser.ReadFields() ?? []);
        return cells;
    }

    private async Task PublishAsync(int consultationId, long comment)
    {
        var editor = await _steps.As("editor");
        var queue = $"/admin/consultations/{consultationId}/comments";
        Assert.Equal(HttpStatusCode.Redirect,
            (await editor.PostWithTokenAsync(queue, $"{queue}/{comment}/publish", new Dictionary<string, string>())).StatusCode);
    }

    private static async Task<Dictionary<string, byte[]>> EntriesAsync(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        var files = new Dictionary<string, byte[]>();
        foreach (var entry in archive.Entries)
        {
            using var read = new MemoryStream();
            await using (var stream = await entry.OpenAsync()) await stream.CopyToAsync(read);
            files[entry.FullName] = read.ToArray();
        }
        return files;
    }

    private static string Text(byte[] content) => Encoding.UTF8.GetString(content);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static Actor Person(string id, string role) => new(id, id, new HashSet<string> { role });



}
