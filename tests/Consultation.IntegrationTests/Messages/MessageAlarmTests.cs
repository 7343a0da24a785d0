using Consultation.Core;
using Consultation.Core.Messages;
using Consultation.Infrastructure.Messages;
using Consultation.IntegrationTests.Inspection;

namespace Consultation.IntegrationTests.Messages;

/// <summary>
/// The dashboard warns before a message misses the 5-working-day reply target and before it is three months old; the
/// self-check fails once it is. The site's clock starts on Monday 2026-03-02 in Shanghai.
/// </summary>
public sealed class MessageAlarmTests
{
    private static DateTimeOffset Shanghai(string day, int hour = 10) =>
        ShanghaiTime.At(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(hour, 0));

    private static async Task<string?> AlarmOnDashboardAsync(ClockedSite site, int messageId)
    {
        var (_, page) = await (await site.SignInAsync("editor")).GetAsync("/admin");
        return page.QuerySelector($"#messages-due tr[data-message='{messageId}'] .message-alarm")?.TextContent;
    }

    [Fact]
    public async Task A_message_is_flagged_before_its_reply_target_and_its_three_month_limit_and_fails_the_self_check_after()
    {
        using var site = new ClockedSite(Shanghai("2026-03-02"));
        var code = await site.WithAsync<MessageIntake, string>(i => i.ReceiveAsync(new MessageDraft(MessageBox.Enquiry,
            "教师资格认定时间", "今年的教师资格认定什么时候开始？", null, null, false, Guid.NewGuid().ToString("N"))));
        var id = (await site.WithAsync<MessageIntake, Message?>(i => i.FindByCodeAsync(code)))!.Id;

        Assert.Null(await AlarmOnDashboardAsync(site, id));
        site.Clock.Now = Shanghai("2026-03-06");
        Assert.Equal("即将超过答复目标", await AlarmOnDashboardAsync(site, id));
        site.Clock.Now = Shanghai("2026-03-10");
        Assert.Equal("已超过答复目标", await AlarmOnDashboardAsync(site, id));
        site.Clock.Now = Shanghai("2026-05-19");
        Assert.Equal("即将超过3个月未答复", await AlarmOnDashboardAsync(site, id));
        site.Clock.Now = Shanghai("2026-06-03");
        Assert.Equal("超过3个月未答复", await AlarmOnDashboardAsync(site, id));
        var (_, inspection) = await (await site.SignInAsync("editor")).GetAsync("/admin/inspection");
        Assert.Equal("Fail", inspection.QuerySelector("#item-UnansweredMessages")!.GetAttribute("data-status"));
        Assert.Contains(inspection.QuerySelectorAll("#item-UnansweredMessages a"), a => a.GetAttribute("href") == $"/admin/messages/{id}");
    }
}
