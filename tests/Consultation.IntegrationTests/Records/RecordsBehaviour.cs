using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Consultation.IntegrationTests.Records;

/// <summary>
/// The record of the complete demo decision (DecidedConsultationSeeder) traces every published comment to its group
/// and disposition, every group to its clause, and the meeting's invitees to their opinions — without contact details.
/// </summary>
public abstract class RecordsBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task The_demo_decision_record_links_every_published_comment_to_its_group_and_disposition_and_each_group_to_a_clause()
    {
        var (decisionId, consultationId) = await DecidedAsync();
        var publicComments = await Read(db => db.Comments.Where(c => c.ConsultationId == consultationId).Where(Comment.Public)
            .Select(c => c.Id).ToListAsync());

        var response = await site.NewBrowser().Client.GetAsync($"/decisions/{decisionId}/record.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var consultation = json.RootElement.GetProperty("consultations").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == $"consultation-{consultationId}");
        var clauses = consultation.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToHashSet();
        var groups = consultation.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("id").GetString()!);
        var comments = consultation.GetProperty("comments").EnumerateArray().ToList();
        Assert.Equal(publicComments.Order().Select(id => $"comment-{id}"), comments.Select(c => c.GetProperty("id").GetString()));
        Assert.NotEmpty(groups);
        foreach (var comment in comments)
        {
            var group = groups[comment.GetProperty("groupId").GetString()!];
            Assert.Contains(comment.GetProperty("id").GetString(), group.GetProperty("commentIds").EnumerateArray().Select(i => i.GetString()));
            var disposition = group.GetProperty("disposition");
            Assert.Contains(disposition.GetProperty("code").GetString(), new[] { "adopted", "partlyAdopted", "notAdopted", "outOfScope" });
            Assert.Matches("\\p{IsCJKUnifiedIdeographs}", disposition.GetProperty("label").GetString());
        }
        foreach (var group in groups.Values)
        {
            Assert.NotEmpty(group.GetProperty("clauseIds").EnumerateArray());
            Assert.All(group.GetProperty("clauseIds").EnumerateArray(), c => Assert.Contains(c.GetString(), clauses));
        }
        var changed = groups.Values.Where(g => g.GetProperty("changedClauseId").ValueKind == JsonValueKind.String).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, g => Assert.Contains(g.GetProperty("changedClauseId").GetString(), clauses));
        Assert.Equal(JsonValueKind.Object, consultation.GetProperty("report").ValueKind);
        Assert.EndsWith("+08:00", consultation.GetProperty("closesAt").GetString());
    }

    [SkippableFact]
    public async Task The_record_names_the_meeting_invitees_with_their_attendance_and_opinions_with_handling_and_the_result()
    {
        var (decisionId, _) = await DecidedAsync();

        var text = await site.NewBrowser().Client.GetStringAsync($"/decisions/{decisionId}/record.json");

        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var meeting = root.GetProperty("events").EnumerateArray().First();
        var persons = root.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToHashSet();
        var attendees = meeting.GetProperty("attendees").EnumerateArray().ToList();
        Assert.NotEmpty(attendees);
        Assert.All(attendees, a => Assert.Contains(a.GetProperty("person_id").GetString(), persons));
        Assert.Contains(attendees, a => a.GetProperty("attendance").GetProperty("code").GetString() == "attended");
        var opinion = meeting.GetProperty("opinions").EnumerateArray().First();
        Assert.Contains(opinion.GetProperty("person_id").GetString(), persons);
        Assert.False(string.IsNullOrEmpty(opinion.GetProperty("handling").GetProperty("label").GetString()));
        Assert.NotEmpty(root.GetProperty("memberships").EnumerateArray());
        var result = root.GetProperty("result");
        Assert.False(string.IsNullOrEmpty(result.GetProperty("documentNumber").GetString()));
        Assert.StartsWith("article-", result.GetProperty("articleId").GetString());
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal); // Chinese as characters
    }

    [SkippableFact]
    public async Task No_contact_detail_is_anywhere_in_the_record_json_or_its_csv_bundle()
    {
        var (decisionId, consultationId) = await DecidedAsync();
        var contacts = await Read(async db => (await db.Comments.Where(c => c.ConsultationId == consultationId && c.Contact != null)
                .Select(c => c.Contact!).ToListAsync())
            .Concat(await db.Meetings.SelectMany(m => m.Invitees).Where(i => i.Contact != "").Select(i => i.Contact).ToListAsync())
            .ToList());
        Assert.NotEmpty(contacts);
        var client = site.NewBrowser().Client;

        var json = await client.GetStringAsync($"/decisions/{decisionId}/record.json");
        var zip = new ZipArchive(new MemoryStream(await client.GetByteArrayAsync($"/decisions/{decisionId}/record.zip")));

        var files = new Dictionary<string, string> { ["record.json (served)"] = json };
        foreach (var entry in zip.Entries)
        {
            using var read = new MemoryStream();
            await using (var stream = await entry.OpenAsync()) await stream.CopyToAsync(read);
            var bytes = read.ToArray();
            if (entry.Name.EndsWith(".csv", StringComparison.Ordinal))
                Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), $"{entry.Name} starts with the BOM");
            files[entry.Name] = Encoding.UTF8.GetString(bytes);
        }
        Assert.Contains("comments.csv", files.Keys);
        Assert.Contains("groups.csv", files.Keys);
        Assert.Contains("attendees.csv", files.Keys);
        foreach (var (name, content) in files)
        {
            foreach (var contact in contacts) Assert.False(content.Contains(contact, StringComparison.Ordinal), $"{name} holds {contact}");
            Assert.DoesNotMatch(ContactPatterns.Email(), content);
            Assert.DoesNotMatch(ContactPatterns.Mobile(), content);
        }
    }

    [SkippableFact]
    public async Task The_decision_page_links_its_record_and_an_unpublished_decision_has_none()
    {
        var (decisionId, _) = await DecidedAsync();
        var hidden = await Read(db => db.Decisions.Where(d => d.PublishedAt == null).Select(d => (int?)d.Id).FirstOrDefaultAsync());

        var (_, page) = await site.NewBrowser().GetAsync($"/decisions/{decisionId}");

        var links = page.QuerySelectorAll("#record a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/decisions/{decisionId}/record.json", links);
        Assert.Contains($"/decisions/{decisionId}/record.zip", links);
        var missing = await site.NewBrowser().Client.GetAsync($"/decisions/{hidden ?? 999_999}/record.json");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }



    private Task<(int DecisionId, int ConsultationId)> DecidedAsync() => DemoDecision.FindAsync(site);

    private Task<T> Read<T>(Func<ConsultationDbContext, Task<T>> query) => DemoDecision.ReadAsync(site, query);
}
