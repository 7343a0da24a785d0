using Consultation.Core.Accounts;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Consultations;

/// <summary>Creates published consultations directly through the domain, with any window, for comment tests.</summary>
internal static class ConsultationArranger
{
    private static Actor Person(string id, string role) => new(id, id, new HashSet<string> { role });

    public static async Task<string> PublishedAsync(SiteFactory site, DateTimeOffset opens, DateTimeOffset closes,
        ModerationMode mode = ModerationMode.PreModeration)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var decision = Decision.Create("测试决策", "办公室", 2026, true, "背景", Person("arr-editor", BackOfficeRoles.Editor));
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        var slug = $"test-{Guid.NewGuid():N}"[..20];
        var editor = Person("arr-editor", BackOfficeRoles.Editor);
        var consultation = PublicConsultation.Create(decision.Id, slug, "测试草案（征求意见稿）",
            "第一条　目的。\n\n第二条　范围。", "说明", new ConsultationWindow(opens, closes, "测试"), mode, editor);
        var rules = new ConsultationRules();
        consultation.AddInterpretation(InterpretationForm.Text, "解读", "解读正文。", editor, opens);
        consultation.Submit(editor, opens, rules);
        consultation.Approve(Person("arr-1", BackOfficeRoles.FirstReviewer), opens, rules);
        consultation.Approve(Person("arr-2", BackOfficeRoles.SecondReviewer), opens, rules);
        consultation.Approve(Person("arr-3", BackOfficeRoles.FinalReviewer), opens, rules);
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync();
        return slug;
    }

    public static async Task<List<Comment>> CommentsAsync(SiteFactory site, string slug)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var id = await db.Consultations.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
        return await db.Comments.AsNoTracking().Where(c => c.ConsultationId == id).ToListAsync();
    }

    /// <summary>Moves the close time to now, as if the window had just run out while the citizen was typing.</summary>
    public static async Task CloseNowAsync(SiteFactory site, string slug)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var consultation = await db.Consultations.SingleAsync(c => c.Slug == slug);
        db.Entry(consultation).Reference(c => c.Window).TargetEntry!.Property(w => w.ClosesAt).CurrentValue =
            DateTimeOffset.UtcNow.AddSeconds(-1);
        await db.SaveChangesAsync();
    }
}
