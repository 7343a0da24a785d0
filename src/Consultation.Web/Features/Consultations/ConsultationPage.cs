using Consultation.Core.Consultations;
using Consultation.Infrastructure.Consultations;
using Consultation.Web.Features.Comments;

namespace Consultation.Web.Features.Consultations;

/// <summary>Everything the draft page shows, computed once for the view.</summary>
public sealed record ConsultationPage(
    PublicConsultationQueries.Detail Detail,
    IReadOnlyList<PublicConsultationQueries.PublicComment> Comments,
    string? ClauseFilter,
    bool OldestFirst,
    CommentForm Form,
    DateTimeOffset Now,
    ConsultationRules Rules)
{
    public PublicConsultation Consultation => Detail.Consultation;

    public ConsultationStatus Status => Consultation.StatusAt(Now);

    public bool IsOpen => Status == ConsultationStatus.Open;

    public bool ClosingSoon => Consultation.Window.IsClosingSoon(Now, Rules);

    public TimeSpan Remaining => Consultation.Window.ClosesAt - Now;

    public int TotalComments => Detail.TotalByChannel.Values.Sum();

    public bool HasMoreComments => Comments.Count == ConsultationPages.CommentPageSize;
}
