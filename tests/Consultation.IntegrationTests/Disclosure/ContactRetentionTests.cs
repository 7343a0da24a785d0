using Consultation.Core.Disclosure;
using Consultation.Core.Messages;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Jobs;
using Consultation.IntegrationTests.Inspection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Disclosure;

/// <summary>Names and contact details are erased once kept for the configured period after closing, and each erasure is audited.</summary>
public sealed class ContactRetentionTests
{
    [Fact]
    public async Task A_replied_request_keeps_its_contact_until_the_retention_period_ends_then_it_is_erased_and_audited()
    {
        using var site = new ClockedSite(settings: new() { ["Disclosure:ContactRetentionDays"] = "30" });
        var description = "保存期限测试 " + Guid.NewGuid().ToString("N")[..6];
        await DisclosureSteps.ReceivedAsync(site.Services, description);
        var id = await DisclosureSteps.IdOfAsync(site.Services, description);
        var editor = await site.SignInAsync("editor");
        await DisclosureSteps.ReplyAsync(editor, id, ReplyType.Disclosed, null);

        site.Clock.Now = site.Clock.Now.AddDays(30);
        await site.WithAsync<ContactPurge<DisclosureRequest>, int>(p => p.PurgeAsync());
        var (_, kept) = await (await site.SignInAsync("editor")).GetAsync($"/admin/disclosure/{id}");
        Assert.Contains("13900001111", kept.DocumentElement.TextContent);
        Assert.Null(kept.QuerySelector("#contact-purged"));

        site.Clock.Now = site.Clock.Now.AddDays(2);
        await site.WithAsync<ContactPurge<DisclosureRequest>, int>(p => p.PurgeAsync());

        var (_, page) = await (await site.SignInAsync("editor")).GetAsync($"/admin/disclosure/{id}");
        Assert.NotNull(page.QuerySelector("#contact-purged"));
        Assert.Equal("", page.QuerySelector("#applicant-name")!.TextContent);
        Assert.DoesNotContain("13900001111", page.DocumentElement.TextContent);
        Assert.Contains("删除联系方式", page.QuerySelector("#audit-log")!.TextContent);
    }

    [Fact]
    public async Task An_answered_message_loses_its_askers_name_and_contact_after_retention()
    {
        using var site = new ClockedSite(settings: new() { ["Messages:ContactRetentionDays"] = "10" });
        int id;
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var message = await db.Messages.Where(m => m.Status == MessageStatus.Answered).FirstAsync();
            id = message.Id;
        }

        site.Clock.Now = site.Clock.Now.AddDays(30);
        await site.WithAsync<ContactPurge<Message>, int>(p => p.PurgeAsync());

        using var check = site.Services.CreateScope();
        var purged = await check.ServiceProvider.GetRequiredService<ConsultationDbContext>().Messages.AsNoTracking().SingleAsync(m => m.Id == id);
        Assert.Equal((null, null), (purged.AskerName, purged.Contact));
        Assert.NotNull(purged.ContactPurgedAt);
        Assert.True(await check.ServiceProvider.GetRequiredService<ConsultationDbContext>().AuditEntries
            .AnyAsync(e => e.SubjectType == "message" && e.SubjectKey == id.ToString() && e.Action == "purge_contact"));
    }
}
