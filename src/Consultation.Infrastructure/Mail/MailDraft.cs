namespace Consultation.Infrastructure.Mail;

/// <summary>A mail to queue: its unique key (what happened + to whom), the address, and the text in both forms.</summary>
public sealed record MailDraft(string Key, string To, string Subject, string TextBody, string HtmlBody, string? UnsubscribeUrl);
