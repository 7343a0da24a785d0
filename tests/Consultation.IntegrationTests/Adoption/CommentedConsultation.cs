using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.IntegrationTests.Adoption;

/// <summary>A consultation that ran for 30 days and closed, with comments received while it was open.</summary>
internal static class CommentedConsultation
{
    /// <summary>Returns its id, slug and each comment's id and receipt code, in the order given.</summary>
    public static async Task<(int Id, string Slug, List<(long Id, string Code)> Comments)> ClosedAsync(SiteFactory site,
        (string Body, string Clause)[] texts, DateTimeOffset? opened = null)
    {
        var opens = opened ?? DateTimeOffset.UtcNow.AddDays(-40);
        var slug = await ConsultationArranger.PublishedAsync(site, opens, opens.AddDays(30));
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IReceiptHasher>();
        var rules = scope.ServiceProvider.GetRequiredService<IOptions<ConsultationRules>>().Value;
        var consultation = await db.Consultations.SingleAsync(c => c.Slug == slug);
        var made = new List<(Comment Comment, string Code)>();
        foreach (var (body, clause) in texts)
        {
            var code = ReceiptCode.New();
            var draft = new CommentDraft(clause, body, null, null, null, false, Guid.NewGuid().ToString("N"));
            made.Add((consultation.Receive(draft, code, hasher, SensitiveWordList.Empty, opens.AddDays(1), rules), code));
        }
        db.Comments.AddRange(made.Select(m => m.Comment));
        await db.SaveChangesAsync();
        return (consultation.Id, slug, made.Select(m => (m.Comment.Id, m.Code)).ToList());
    }
}
