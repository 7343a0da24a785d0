using System.ComponentModel.DataAnnotations;
using Consultation.Core.Messages;
using Consultation.Web.Hosting;

namespace Consultation.Web.Features.Messages;

/// <summary>The public message form. Limits here only protect the server; the message gives the user-facing rules.</summary>
public sealed class MessageForm
{
    [StringLength(40)] public string? Box { get; set; }
    [StringLength(Message.MaxSubjectLength, ErrorMessage = "message.subject_too_long")] public string? Subject { get; set; }
    [StringLength(Message.MaxBodyLength, ErrorMessage = "message.body_too_long")] public string? Body { get; set; }
    [StringLength(Message.MaxNameLength, ErrorMessage = "message.name_too_long")] public string? Name { get; set; }
    [StringLength(Message.MaxContactLength, ErrorMessage = "message.contact_too_long")] public string? Contact { get; set; }
    public bool ConsentToPublish { get; set; }
    [StringLength(64)] public string? IdempotencyKey { get; set; }
    [StringLength(8000)] public string? Captcha { get; set; }
    /// <summary>Honeypot: hidden from people; any value means the post is not from a person.</summary>
    [StringLength(200)] public string? Website { get; set; }

    public MessageDraft ToDraft() => new(FormChoice.Of<MessageBox>(Box), Subject, Body, Name, Contact,
        ConsentToPublish, IdempotencyKey ?? "");
}
