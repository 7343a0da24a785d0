using System.Net;
using Consultation.Core.Accounts;
using Consultation.Core.Consultations;
using Consultation.Core.Policies;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Review;

/// <summary>An approval never passes a version that changed after the reviewer read it.</summary>
public abstract class ConcurrencyBehaviour(SiteFixture site)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly Actor Editor = new("concurrency-editor", "编辑甲", new HashSet<string> { BackOfficeRoles.Editor });
    private static readonly Actor First = new("concurrency-first", "初审甲", new HashSet<string> { BackOfficeRoles.FirstReviewer });

    [SkippableFact]
    public async Task An_approval_that_races_an_edit_is_refused_and_the_edit_stays()
    {
        var id = await PolicyInReviewAsync();
        using var reviewerScope = site.Factory.Services.CreateScope();
        using var editorScope = site.Factory.Services.CreateScope();
        var reviewerDb = Db(reviewerScope);
        var editorDb = Db(editorScope);
        var seenByReviewer = await Load(reviewerDb, id);
        var seenByEditor = await Load(editorDb, id);

        seenByEditor.SendBack(First, "标题要改", Now);
        seenByEditor.AddInterpretation(InterpretationForm.Video, "视频解读", "改过的内容", Editor);
        await editorDb.SaveChangesAsync();
        seenByReviewer.Approve(First, 2, Now);

        await Assert.ThrowsAsync<ChangedMeanwhileException>(() => reviewerDb.SaveChangesAsync());
        using var check = site.Factory.Services.CreateScope();
        var stored = await Db(check).PolicyDocuments.AsNoTracking().Include(p => p.Interpretations).SingleAsync(p => p.Id == id);
        Assert.Equal(ReviewState.Draft, stored.Workflow.State);
        Assert.Equal(3, stored.Interpretations.Count);
    }

    [SkippableFact]
    public async Task Approving_from_a_page_that_went_stale_is_refused_with_a_message()
    {
        var id = await PolicyInReviewAsync();
        var page = $"/admin/policies/{id}";
        var reviewer = await site.SignInAsync("reviewer1");
        var (_, seen) = await reviewer.GetAsync(page);
        var stamp = seen.QuerySelector($"form[action='{ReviewUrl.For(page, "approve")}'] input[name=stamp]")!.GetAttribute("value")!;
        await ChangeAsync(id, p => p.SendBack(First, "请补充解读", Now));
        await ChangeAsync(id, p => p.Submit(Editor, 2, Now));

        var refused = await reviewer.PostFieldsAsync(page, ReviewUrl.For(page, "approve"), ("stamp", stamp));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("已被他人修改", (await Browser.ParseAsync(refused)).Text());
        using var check = site.Factory.Services.CreateScope();
        Assert.Equal(ReviewState.AwaitingFirstReview, (await Load(Db(check), id)).Workflow.State);
    }

    private async Task<int> PolicyInReviewAsync()
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = Db(scope);
        var policy = PolicyDocument.Create("关于并发审核的测试通知", "鲁教办字〔2026〕77号", "正文", Editor);
        policy.AddInterpretation(InterpretationForm.Text, "文字解读", "内容", Editor);
        policy.AddInterpretation(InterpretationForm.Graphic, "图解", "内容", Editor);
        policy.Submit(Editor, 2, Now);
        db.PolicyDocuments.Add(policy);
        await db.SaveChangesAsync();
        return policy.Id;
    }

    private async Task ChangeAsync(int id, Action<PolicyDocument> change)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = Db(scope);
        change(await Load(db, id));
        await db.SaveChangesAsync();
    }

    private static ConsultationDbContext Db(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();

    private static Task<PolicyDocument> Load(ConsultationDbContext db, int id) =>
        db.PolicyDocuments.Include(p => p.Interpretations).SingleAsync(p => p.Id == id);
}
