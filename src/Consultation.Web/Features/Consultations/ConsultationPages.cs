using Consultation.Core.Consultations;
using Consultation.Infrastructure.Consultations;
using Consultation.Web.Features.Comments;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Consultations;

/// <summary>Builds the draft page, for showing it and for showing it again with a refused comment form.</summary>
public sealed class ConsultationPages(PublicConsultationQueries queries, IOptions<ConsultationRules> rules,
    TimeProvider clock)
{
    public const int CommentPageSize = 20;

    public async Task<ConsultationPage?> BuildAsync(string slug, string? clause, long? after, string? order,
        CommentForm form, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(slug, ct);
        if (detail is null) return null;
        var oldestFirst = order == "oldest";
        var comments = await queries.CommentsAsync(detail.Consultation.Id, clause, after, oldestFirst, CommentPageSize, ct);
        return new ConsultationPage(detail, comments, clause, oldestFirst, form, clock.GetUtcNow(), rules.Value);
    }
}
