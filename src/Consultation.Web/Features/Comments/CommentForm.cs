using System.ComponentModel.DataAnnotations;
using Consultation.Core.Comments;

namespace Consultation.Web.Features.Comments;

/// <summary>The public comment form. Limits here only protect the server; the domain gives the user-facing rules.</summary>
public sealed class CommentForm
{
    /// <summary>The id the error summary links to for refusals that belong to no field (verification, window).</summary>
    public const string SubmitField = "comment-submit";

    private string? _body;

    [StringLength(40)] public string? ClauseAnchor { get; set; }

    /// <summary>
    /// Browsers post a textarea's line breaks as CR LF but count and show them as one character; storing them as the
    /// reader saw them keeps the form's counter, this limit and the entity's limit in agreement.
    /// </summary>
    [StringLength(Comment.MaxBodyLength, ErrorMessage = "comment.body_too_long_field")]
    public string? Body { get => _body; set => _body = value?.ReplaceLineEndings("\n"); }

    [StringLength(Comment.MaxNameLength, ErrorMessage = "comment.name_too_long")] public string? Name { get; set; }
    [StringLength(Comment.MaxOrganisationLength, ErrorMessage = "comment.organisation_too_long")] public string? Organisation { get; set; }
    [StringLength(Comment.MaxContactLength, ErrorMessage = "comment.contact_too_long")] public string? Contact { get; set; }
    public bool PublishName { get; set; }
    /// <summary>Opt-in: mail the contact address (double opt-in) when the report answering this comment is published.</summary>
    public bool NotifyOnReport { get; set; }
    [StringLength(64)] public string? IdempotencyKey { get; set; }
    /// <summary>The anti-automation answer (proof-of-work payload or reCAPTCHA token).</summary>
    [StringLength(8000)] public string? Captcha { get; set; }
    /// <summary>Honeypot: hidden from people, tempting to bots. Any value means the post is not from a person.</summary>
    [StringLength(200)] public string? Website { get; set; }

    public CommentDraft ToDraft() =>
        new(ClauseAnchor, Body ?? "", Name, Organisation, Contact, PublishName, IdempotencyKey ?? "");

    /// <summary>The form field a domain refusal is about, for the error summary's link.</summary>
    public static string FieldOf(string messageKey) => messageKey switch
    {
        "comment.body_required" or "comment.body_too_long" => nameof(Body),
        // The form is gone once the window has closed; the link leads to the kept text instead.
        "consultation.closed" or "consultation.not_open_yet" or "consultation.reported" => nameof(Body),
        "comment.clause_unknown" => nameof(ClauseAnchor),
        _ => SubmitField,
    };
}
