using System.ComponentModel.DataAnnotations;
using Consultation.Core.Comments;

namespace Consultation.Web.Features.Comments.Admin;

/// <summary>A comment that came by letter, phone, email or at a symposium, typed in by an editor.</summary>
public sealed class OfflineCommentForm
{
    public CommentChannel Channel { get; set; } = CommentChannel.Letter;

    [Required(ErrorMessage = "cadmin.offline_date_required")]
    public DateOnly? Date { get; set; }

    public string? Summary { get; set; }

    public string? ClauseAnchor { get; set; }
}
