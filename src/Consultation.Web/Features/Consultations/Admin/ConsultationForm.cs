using System.ComponentModel.DataAnnotations;
using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Consultations;

namespace Consultation.Web.Features.Consultations.Admin;

/// <summary>
/// What the consultation editor posts: the draft, its window in Shanghai time and, when <see cref="DecisionId"/> is 0,
/// a new decision typed inline. Fields are nullable so an empty box reaches the domain's own message, not MVC's.
/// </summary>
public sealed class ConsultationForm
{
    public const int NewDecision = 0;

    public int DecisionId { get; set; }
    [StringLength(300, ErrorMessage = "decision.title_too_long")] public string? DecisionTitle { get; set; }
    [StringLength(100, ErrorMessage = "cadmin.field_too_long")] public string? DecisionDepartment { get; set; }
    public int? DecisionYear { get; set; }
    public bool DecisionInCatalog { get; set; }
    [StringLength(20000, ErrorMessage = "cadmin.field_too_long")] public string? DecisionBackground { get; set; }

    [StringLength(80, ErrorMessage = "consultation.slug_invalid")] public string? Slug { get; set; }
    [StringLength(300, ErrorMessage = "cadmin.field_too_long")] public string? Title { get; set; }
    [StringLength(200000, ErrorMessage = "cadmin.field_too_long")] public string? Draft { get; set; }
    [StringLength(100000, ErrorMessage = "cadmin.field_too_long")] public string? Explanation { get; set; }

    [Required(ErrorMessage = "cadmin.opens_at_required")] public DateTime? OpensAt { get; set; }
    [Required(ErrorMessage = "cadmin.closes_at_required")] public DateTime? ClosesAt { get; set; }
    public string? ShortWindowReason { get; set; }
    public ModerationMode Moderation { get; set; }

    /// <summary>The slug as the domain stores it, so the uniqueness check compares like with like.</summary>
    public string NormalisedSlug => (Slug ?? "").Trim().ToLowerInvariant();

    public ConsultationWindow ToWindow(ConsultationRules rules) =>
        ConsultationWindow.Create(ShanghaiTime.FromLocal(OpensAt)!.Value, ShanghaiTime.FromLocal(ClosesAt)!.Value,
            ShortWindowReason, rules);

    public Decision ToDecision(Actor editor) => Decision.Create(DecisionTitle ?? "", DecisionDepartment ?? "",
        DecisionYear ?? 0, DecisionInCatalog, DecisionBackground ?? "", editor);

    public static ConsultationForm From(PublicConsultation c) => new()
    {
        DecisionId = c.DecisionId,
        Slug = c.Slug,
        Title = c.Title,
        Draft = c.DraftMarkdown,
        Explanation = c.ExplanationMarkdown,
        OpensAt = c.Window.OpensAt.ToShanghai().DateTime,
        ClosesAt = c.Window.ClosesAt.ToShanghai().DateTime,
        ShortWindowReason = c.Window.ShortWindowReason,
        Moderation = c.Moderation,
    };
}
