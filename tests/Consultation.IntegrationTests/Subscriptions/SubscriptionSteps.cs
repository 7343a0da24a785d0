using System.Net;
using System.Text.RegularExpressions;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Mail;
using Consultation.Infrastructure.Outbox;
using Consultation.Infrastructure.Subscriptions;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultation.IntegrationTests.Subscriptions;

/// <summary>A citizen subscribing through the form and following links from their mail; the site's mail moving on.</summary>
internal static partial class SubscriptionSteps
{
    public static string NewAddress() => $"reader-{Guid.NewGuid():N}"[..20] + "@example.cn";

    public static async Task<HttpResponseMessage> SubscribeAsync(Browser citizen, string email, string topic,
        int? consultation = null)
    {
        var page = consultation is null ? $"/subscribe?topic={topic}" : $"/subscribe?consultation={consultation}";
        return await citizen.SubmitAsync(page, "/subscribe", new Dictionary<string, string>
        {
            ["Email"] = email, ["Topic"] = topic, ["captcha"] = await ProofOfWorkSolver.SolveFromAsync(citizen.Client),
        });
    }

    /// <summary>Subscribes, receives the confirmation mail and confirms with its link.</summary>
    public static async Task ConfirmedAsync(MailSite site, string email, string topic, int? consultation = null)
    {
        var citizen = site.NewBrowser();
        var subscribed = await SubscribeAsync(citizen, email, topic, consultation);
        Assert.True(subscribed.StatusCode == HttpStatusCode.Redirect,
            $"{subscribed.StatusCode}: {(await Browser.ParseAsync(subscribed)).QuerySelector("#form-errors, main")?.TextContent}");
        await DeliverAsync(site);
        var link = LinkIn(site.Mail.To(email).Last(), "/subscribe/confirm/");
        var confirmed = await citizen.SubmitAsync(link, link);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull((await Browser.ParseAsync(confirmed)).QuerySelector("#subscription-confirmed"));
    }

    /// <summary>What every node does in the background: read the outbox, then send what is due (one node here).</summary>
    public static async Task DeliverAsync(SiteFixture site)
    {
        await site.Factory.Services.GetRequiredService<OutboxProcessor>().CatchUpAsync();
        var delivery = site.Factory.Services.GetRequiredService<MailDelivery>();
        while (await delivery.SendDueAsync() > 0)
        {
        }
    }

    /// <summary>The window notices as the periodic job queues them at <paramref name="now"/>.</summary>
    public static async Task<int> WindowNoticesAtAsync(SiteFixture site, DateTimeOffset now)
    {
        using var scope = site.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConsultationWindowNotices>().QueueDueAsync(now, default);
    }

    /// <summary>A second node's sender (its own lease name), on the same database, with a clock of its own.</summary>
    public static MailDelivery OtherNode(SiteFixture site, TimeProvider clock)
    {
        var services = site.Factory.Services;
        return new MailDelivery(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<SmtpRelay>(),
            services.GetRequiredService<IOptions<MailOptions>>(), clock,
            services.GetRequiredService<Consultation.Infrastructure.Operations.SiteMetrics>(), NullLogger<MailDelivery>.Instance);
    }

    public static async Task<List<OutgoingMail>> QueuedToAsync(SiteFixture site, string email)
    {
        using var scope = site.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().Set<OutgoingMail>().AsNoTracking()
            .Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>The path of the first link in the mail's text that contains <paramref name="path"/>.</summary>
    public static string LinkIn(MimeMessage mail, string path)
    {
        var link = Links().Matches(mail.TextBody ?? "").Select(m => m.Value).First(l => l.Contains(path, StringComparison.Ordinal));
        return new Uri(link).PathAndQuery;
    }

    public static List<MimeMessage> Subjects(MailSite site, string email, string subjectStart) =>
        site.Mail.To(email).Where(m => (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal)).ToList();

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex Links();
}
