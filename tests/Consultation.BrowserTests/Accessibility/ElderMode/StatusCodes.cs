using Consultation.BrowserTests.Infrastructure;
using Consultation.Core.Disclosure;
using Consultation.Core.Messages;
using Consultation.Infrastructure.Disclosure;
using Consultation.Infrastructure.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.BrowserTests.Accessibility.ElderMode;

/// <summary>
/// Receipt codes for the disclosure and message status pages, so the route checks load the real pages rather than
/// the not-found page: one request and one message stored through the same intake as the forms.
/// </summary>
internal static class StatusCodes
{
    public static async Task<string> DisclosureAsync(BrowserSite site)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DisclosureIntake>().ReceiveAsync(new DisclosureRequestDraft(
            ApplicantKind.ResearchInstitution, "无障碍检查研究所", "联系人", null, "a11y@example.cn", null,
            "无障碍检查：全省特殊教育学校名单", "研究", DeliveryForm.Electronic, Guid.NewGuid().ToString("N")));
    }

    public static async Task<string> MessageAsync(BrowserSite site)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MessageIntake>().ReceiveAsync(new MessageDraft(
            MessageBox.DirectorMailbox, "无障碍检查留言", "建议网站增加更多长者模式说明。", null, null, false,
            Guid.NewGuid().ToString("N")));
    }
}
