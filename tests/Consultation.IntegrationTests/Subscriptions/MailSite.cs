using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Subscriptions;

/// <summary>A site whose mail goes to an SMTP server in the test process.</summary>
public abstract class MailSite(DatabaseUnderTest? database, string unavailableReason, MailCatcher mail)
    : SiteFixture(database, unavailableReason, mail.SiteSettings()), IDisposable
{
    public MailCatcher Mail { get; } = mail;

    void IDisposable.Dispose()
    {
        Dispose();
        Mail.Dispose();
    }
}
