using MimeKit;

namespace Consultation.Infrastructure.Mail;

/// <summary>
/// Turns a queued row into a MIME message: plain text and HTML alternatives (UTF-8, encoded by MimeKit), and the
/// RFC 8058 one-click unsubscribe headers when the row has an unsubscribe address.
/// </summary>
public static class MailMessages
{
    public static MimeMessage From(OutgoingMail mail, MailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(DomainOf(options.FromAddress));
        if (mail.UnsubscribeUrl.Length > 0)
        {
            message.Headers.Add("List-Unsubscribe", $"<{mail.UnsubscribeUrl}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }

    private static string DomainOf(string address) =>
        address.LastIndexOf('@') is var at and >= 0 ? address[(at + 1)..] : "localhost";
}
