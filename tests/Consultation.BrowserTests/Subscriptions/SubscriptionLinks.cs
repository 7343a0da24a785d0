using System.Text.RegularExpressions;
using Consultation.Core.Subscriptions;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Mail;
using Consultation.Infrastructure.Subscriptions;
using Consultation.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.BrowserTests.Subscriptions;

/// <summary>
/// A pending subscription and the links its confirmation mail carries. The browser site has no SMTP relay, so the mail
/// waits in the outgoing table, where its text is read.
/// </summary>
internal static partial class SubscriptionLinks
{
    public static async Task<(string Confirm, string Unsubscribe)> RequestedAsync(BrowserSite site)
    {
        var email = $"browser-{Guid.NewGuid():N}"[..20] + "@example.cn";
        using var scope = site.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SubscriptionDesk>()
            .RequestAsync(new SubscriptionRequest(email, SubscriptionTopic.NewConsultations, null), default);
        var text = await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().Set<OutgoingMail>()
            .Where(m => m.To == email).Select(m => m.TextBody).SingleAsync();
        var links = Links().Matches(text).Select(m => new Uri(m.Value).PathAndQuery).ToList();
        return (links.First(l => l.StartsWith("/subscribe/confirm/", StringComparison.Ordinal)),
            links.First(l => l.StartsWith("/unsubscribe/", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex Links();
}
