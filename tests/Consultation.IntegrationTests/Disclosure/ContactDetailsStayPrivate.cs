using System.IO.Compression;
using System.Text;
using Consultation.Core.Disclosure;
using Consultation.Core.Messages;
using Consultation.Infrastructure.Disclosure;
using Consultation.Infrastructure.Inspection;
using Consultation.Infrastructure.Messages;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.IntegrationTests.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Disclosure;

/// <summary>
/// A requester's and an asker's names and contact details appear on no public page, feed or download, followed link
/// by link from the home page, nor on their own status pages, nor in the annual report workbook.
/// </summary>
public sealed class ContactDetailsStayPrivate(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static readonly string[] Secrets =
        ["隐私申请人甲", "13700009999", "privacy-check@example.cn", "隐私路99号", "隐私留言人乙", "13700008888"];

    [Fact]
    public async Task No_public_page_or_export_shows_a_name_or_contact_detail()
    {
        var (requestCode, messageCode) = await ArrangeAsync();
        var visitor = site.NewBrowser();
        var pending = new Queue<string>(["/", $"/disclosure/status/{requestCode}", $"/messages/status/{messageCode}", "/messages", "/responses"]);
        var seen = new HashSet<string>(pending);
        using var scope = site.Factory.Services.CreateScope();
        var crawler = scope.ServiceProvider.GetRequiredService<LinkCrawler>();
        var read = 0;
        while (pending.Count > 0 && read < 600)
        {
            var path = pending.Dequeue();
            var response = await visitor.Client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            read++;
            foreach (var secret in Secrets) Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{secret} is on {path}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            foreach (var link in crawler.LinksOn(body, path).Where(seen.Add)) pending.Enqueue(link);
        }
        Assert.True(read > 30, $"Only {read} public addresses were read.");

        var editor = await site.SignInAsync("editor");
        var workbook = await editor.Client.GetByteArrayAsync($"/admin/disclosure/annual/{DateTime.UtcNow.AddHours(8).Year}.xlsx");
        Assert.DoesNotContain(Secrets, s => WorkbookText(workbook).Contains(s, StringComparison.Ordinal));
    }

    private async Task<(string Request, string Message)> ArrangeAsync()
    {
        string requestCode, messageCode;
        using (var scope = site.Factory.Services.CreateScope())
        {
            requestCode = await scope.ServiceProvider.GetRequiredService<DisclosureIntake>().ReceiveAsync(
                new DisclosureRequestDraft(ApplicantKind.NaturalPerson, "隐私申请人甲", null, "13700009999",
                    "privacy-check@example.cn", "隐私路99号", "隐私检查：2025年度教育经费执行情况", null, DeliveryForm.Paper,
                    Guid.NewGuid().ToString("N")));
            messageCode = await scope.ServiceProvider.GetRequiredService<MessageIntake>().ReceiveAsync(new MessageDraft(
                MessageBox.DirectorMailbox, "隐私检查留言", "隐私检查：请问奖学金评定标准？", "隐私留言人乙", "13700008888", true,
                Guid.NewGuid().ToString("N")));
        }
        var editor = await site.SignInAsync("editor");
        var page = await MessageSteps.AdminPageAsync(editor, "隐私检查留言");
        await MessageSteps.AnswerAsync(site, page, "按学校评定办法执行。", publish: true, publicQuestion: "请问奖学金评定标准？");
        var id = await DisclosureSteps.IdOfAsync(site.Factory.Services, "隐私检查：2025年度教育经费执行情况");
        await DisclosureSteps.ReplyAsync(editor, id, ReplyType.Disclosed, null, "相关信息见附件。");
        return (requestCode, messageCode);
    }

    /// <summary>Every XML part of the workbook as text, so inline strings are searched as they are stored.</summary>
    private static string WorkbookText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }
}
