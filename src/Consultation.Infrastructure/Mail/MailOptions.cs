using MailKit.Security;

namespace Consultation.Infrastructure.Mail;

/// <summary>The <c>Mail</c> section: the SMTP relay, the sender, the site's public address for links, and retries.</summary>
public sealed class MailOptions
{
    /// <summary>SMTP host; empty means no mail leaves this site (rows wait as pending, visible in the back office).</summary>
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's <see cref="SecureSocketOptions"/>).</summary>
    public SecureSocketOptions TlsMode { get; set; } = SecureSocketOptions.StartTls;
    /// <summary>Empty: no authentication.</summary>
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string FromAddress { get; set; } = "";
    public string FromName { get; set; } = "山东省教育厅 公众参与和决策公开";
    /// <summary>The public origin mail links point at, e.g. https://www.example.gov.cn (no trailing slash).</summary>
    public string SiteAddress { get; set; } = "http://localhost:5000";
    /// <summary>How often each node looks for mail that is due.</summary>
    public int SendIntervalSeconds { get; set; } = 10;
    public int BatchSize { get; set; } = 50;
    /// <summary>A node holds a claimed row this long; if it dies meanwhile another node sends it after that.</summary>
    public int LeaseSeconds { get; set; } = 300;
    /// <summary>Attempts before a row is marked failed.</summary>
    public int MaxAttempts { get; set; } = 6;
    /// <summary>Wait after the first failure; doubled after each further one.</summary>
    public int FirstRetrySeconds { get; set; } = 60;
    public int TimeoutSeconds { get; set; } = 30;
}
