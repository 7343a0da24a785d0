using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Hosting;

/// <summary>
/// The back office speaks Chinese: every page an administrator, an editor or a reviewer can reach by following links
/// shows no English word in its visible text, labels, buttons or accessible names.
/// </summary>
public abstract partial class BackOfficeLanguageBehaviour(SiteFixture site)
{
    /// <summary>
    /// Abbreviations a Chinese back office writes in Latin letters: file formats offered or accepted, the sign-in
    /// second factor and the site's ICP filing number. Nothing else — no "Markdown", "Excel", "Draft" or "system".
    /// </summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "PDF", "DOCX", "CSV", "XLSX", "JSON", "OFD", "JPEG", "PNG", "GIF", "WebP", "BMP", "URL", "ICP", "TOTP",
    };

    private const int MaxPagesPerPerson = 400;

    [SkippableTheory]
    [InlineData("admin")]
    [InlineData("editor")]
    [InlineData("reviewer1")]
    public async Task No_back_office_page_shows_an_English_word(string person)
    {
        var browser = await site.SignInAsync(person);
        var found = new List<string>();
        var seen = new HashSet<string> { "/admin" };
        var queue = new Queue<string>(["/admin"]);
        while (queue.Count > 0 && seen.Count < MaxPagesPerPerson)
        {
            var url = queue.Dequeue();
            var (response, page) = await browser.GetAsync(url);
            // Error pages (a year out of range, an item gone) are the public site's, not the back office's.
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            foreach (var word in EnglishWords(page)) found.Add($"{url}: {word}");
            foreach (var link in Links(page).Where(seen.Add)) queue.Enqueue(link);
        }

        Assert.True(seen.Count > 60, $"Only {seen.Count} back-office pages were reached as {person}.");
        Assert.True(found.Count == 0, $"English words on back-office pages ({person}):\n" + string.Join("\n", found.Distinct()));
    }

    [SkippableFact]
    public async Task Audit_rows_name_the_report_by_its_consultation_and_people_by_their_names_or_the_system()
    {
        var (_, page) = await (await site.SignInAsync("admin")).GetAsync("/admin/audit?subjectType=report");

        var rows = page.QuerySelectorAll("#audit-log tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.DoesNotContain("report", r.QuerySelector("th")!.TextContent, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.QuerySelector("th")!.TextContent.Contains("征求意见稿", StringComparison.Ordinal));
        var people = rows.Select(r => r.QuerySelector(".actor")!.TextContent).ToList();
        Assert.Contains("系统", people);
        Assert.DoesNotContain(people, p => Word().IsMatch(p));
    }

    [SkippableFact]
    public async Task The_suggested_address_is_filled_in_and_a_draft_saved_with_it_or_with_the_box_emptied_gets_it()
    {
        var editor = await site.SignInAsync("editor");
        var (_, form) = await editor.GetAsync("/admin/consultations/new");
        var suggested = form.QuerySelector("input[name=Slug]")!.GetAttribute("value")!;
        Assert.Matches(@"^\d{4}-\d{3}$", suggested);

        var fields = Consultations.ConsultationSteps.Form(suggested, 31);
        var created = await Consultations.ConsultationSteps.CreateAsync(editor, fields);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);
        var (_, shown) = await editor.GetAsync(created.Headers.Location!.OriginalString);
        Assert.Contains(suggested, shown.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);

        fields["Slug"] = "";
        var second = await Consultations.ConsultationSteps.CreateAsync(editor, fields);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, second.StatusCode);
        var (_, next) = await editor.GetAsync(second.Headers.Location!.OriginalString);
        Assert.Matches(@"\d{4}-\d{3}", next.QuerySelector(".facts code")!.TextContent);
        Assert.NotEqual(suggested, next.QuerySelector(".facts code")!.TextContent);
    }

    [SkippableFact]
    public async Task Every_published_article_shows_an_index_number_and_one_saved_without_gets_the_next_of_the_scheme()
    {
        var editor = await site.SignInAsync("editor");
        var (_, list) = await editor.GetAsync("/admin/articles");
        var ids = list.QuerySelectorAll("a[href^='/admin/articles/']").Select(a => a.GetAttribute("href")!.Split('/')[3])
            .Where(id => id.All(char.IsDigit)).Distinct().ToList();
        var shown = 0;
        foreach (var id in ids)
        {
            var (response, article) = await site.NewBrowser().GetAsync($"/articles/{id}");
            if (!response.IsSuccessStatusCode) continue;
            shown++;
            Assert.Matches(@"^\S+/\d{4}-\d{5}$", article.QuerySelector("dl.metadata dd")!.TextContent.Trim());
        }
        Assert.True(shown > 3, $"Only {shown} public articles were checked.");

        var (_, form) = await editor.GetAsync("/admin/articles/new");
        var column = form.QuerySelectorAll("#ColumnId option").First(o => o.TextContent == "通知公告").GetAttribute("value")!;
        var created = await editor.SubmitAsync("/admin/articles/new", "/admin/articles/new", new Dictionary<string, string>
        {
            ["ColumnId"] = column, ["Title"] = "索引号自动生成测试", ["Body"] = "正文。", ["IndexNumber"] = "",
        });
        var (_, edit) = await editor.GetAsync(created.Headers.Location!.OriginalString + "/edit");
        Assert.Matches(@"^11370000004502323D/\d{4}-\d{5}$", edit.QuerySelector("input[name=IndexNumber]")!.GetAttribute("value")!);
    }

    /// <summary>Back-office pages linked from this one; downloads, feeds and sign-out are not pages.</summary>
    private static IEnumerable<string> Links(IDocument page) => page.QuerySelectorAll("a[href]")
        .Select(a => a.GetAttribute("href")!.Split('#')[0])
        .Where(h => h.StartsWith("/admin", StringComparison.Ordinal))
        .Where(h => !Download().IsMatch(h.Split('?')[0]) && !h.StartsWith("/admin/logout", StringComparison.Ordinal));

    /// <summary>
    /// Words of three or more Latin letters a person reads or hears: text outside scripts, styles and code (slugs,
    /// anchors, hashes and other identifiers are shown in <c>code</c>), plus labels, placeholders, titles and
    /// alternative text. E-mail and web addresses people typed (a requester's contact, evidence links) are data, not
    /// words of the interface, and are left out.
    /// </summary>
    private static IEnumerable<string> EnglishWords(IDocument page)
    {
        foreach (var hidden in page.QuerySelectorAll("script, style, code, template, noscript").ToList()) hidden.Remove();
        var texts = new List<string> { page.Title ?? "", page.Body?.TextContent ?? "" };
        foreach (var element in page.QuerySelectorAll("[aria-label], [placeholder], [title], img[alt], input[type=submit][value], input[type=button][value]"))
            texts.AddRange(new[] { "aria-label", "placeholder", "title", "alt" }.Select(element.GetAttribute).OfType<string>());
        return texts.Select(t => Address().Replace(t, " ")).SelectMany(t => Word().Matches(t).Select(m => m.Value)).Where(w => !Allowed.Contains(w)).Distinct();
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+|https?://\S*")]
    private static partial Regex Address();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\.(csv|json|xlsx|docx|pdf|xml|zip|txt)$|/download|/export|/file|/media/\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex Download();
}
