using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultation.Infrastructure.Mail;

/// <summary>Hands one message to the configured SMTP relay with MailKit: connect (TLS as configured), log in, send.</summary>
public sealed class SmtpRelay(IOptions<MailOptions> options)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var client = new SmtpClient { Timeout = Math.Max(1, o.TimeoutSeconds) * 1000 };
        await client.ConnectAsync(o.Host, o.Port, o.TlsMode, ct);
        if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password, ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
