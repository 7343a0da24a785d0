using System.Net;
using Consultation.Core.Review;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Consultation.IntegrationTests.Consultations;

/// <summary>An editor prepares a draft for comment; it goes public only through 三审, and the legal clock is enforced.</summary>
public abstract class ConsultationEditingBehaviour(SiteFixture site)
{
    private readonly ConsultationSteps _steps = new(site);

    [SkippableFact]
    public async Task A_consultation_with_the_full_window_left_goes_public_after_three_reviewers_pass_it()
    {
        var editor = await _steps.As("editor");
        var slug = ConsultationSteps.NewSlug();

        // Opened an hour ago: 31 days leave the legal 30 when 终审 passes now.
        var created = await ConsultationSteps.CreateAsync(editor, ConsultationSteps.Form(slug, days: 31));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = ConsultationSteps.IdFrom(created);
        var (_, detail) = await editor.GetAsync($"/admin/consultations/{id}");
        Assert.Equal(["第一条", "第二条"], detail.QuerySelectorAll("#clauses tbody th").Select(th => th.TextContent));
        await ConsultationSteps.Act(editor, id, "interpretations",
            new() { ["kind"] = "Text", ["title"] = "文字解读", ["body"] = "解读正文。" });

        Assert.Equal(HttpStatusCode.Redirect, (await ConsultationSteps.Review(editor, id, "submit")).StatusCode);
        foreach (var reviewer in new[] { "reviewer1", "reviewer2", "reviewer3" })
            Assert.Equal(HttpStatusCode.Redirect, (await ConsultationSteps.Review(await _steps.As(reviewer), id, "approve")).StatusCode);

        var stored = await _steps.Read(db => db.Consultations.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.NotNull(stored.PublishedAt);
        Assert.Equal(ReviewState.Approved, stored.Workflow.State);
        Assert.Equal("中小学校管理办法制定", (await _steps.Read(db => db.Decisions.SingleAsync(d => d.Id == stored.DecisionId))).Title);
        var (_, list) = await editor.GetAsync("/admin/consultations");
        var row = list.QuerySelectorAll("#consultations tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/admin/consultations/{id}");
        Assert.Equal("征集中", row.QuerySelector(".consultation-status")!.TextContent);
    }

    [SkippableFact]
    public async Task A_ten_day_window_without_a_reason_is_refused_and_the_typed_text_is_kept()
    {
        var editor = await _steps.As("editor");
        var slug = ConsultationSteps.NewSlug();

        var refused = await ConsultationSteps.CreateAsync(editor, ConsultationSteps.Form(slug, days: 10));
        var page = await Browser.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("征求意见期限少于 30 日的，必须说明理由", page.QuerySelector("#form-errors [role=alert]")!.TextContent);
        Assert.Equal(ConsultationSteps.Draft, page.QuerySelector("#Draft")!.TextContent.Replace("\r\n", "\n"));
        Assert.Equal("山东省中小学校管理办法（征求意见稿）", page.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Equal(slug, page.QuerySelector("#Slug")!.GetAttribute("value"));
        Assert.False(await _steps.Read(db => db.Consultations.AnyAsync(c => c.Slug == slug)));
    }

    [SkippableFact]
    public async Task A_draft_refused_after_its_new_decision_was_written_leaves_no_decision_behind()
    {
        var editor = await _steps.As("editor");
        var before = await _steps.Read(db => db.Decisions.CountAsync());
        var fields = ConsultationSteps.Form(ConsultationSteps.NewSlug(), days: 30);
        fields["Draft"] = "";

        var refused = await ConsultationSteps.CreateAsync(editor, fields);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请填写草案全文", (await Browser.ParseAsync(refused)).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(before, await _steps.Read(db => db.Decisions.CountAsync()));
    }

    [SkippableFact]
    public async Task A_ten_day_window_with_a_reason_is_accepted_and_the_reason_kept_for_publication()
    {
        var editor = await _steps.As("editor");
        var slug = ConsultationSteps.NewSlug();

        var created = await ConsultationSteps.CreateAsync(editor, ConsultationSteps.Form(slug, days: 10, reason: "上级文件要求年底前出台"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var stored = await _steps.Read(db => db.Consultations.AsNoTracking().SingleAsync(c => c.Slug == slug));
        Assert.Equal("上级文件要求年底前出台", stored.Window.ShortWindowReason);
    }

    [SkippableFact]
    public async Task Editing_a_draft_saves_a_new_revision_and_keeps_its_slug()
    {
        var editor = await _steps.As("editor");
        var slug = ConsultationSteps.NewSlug();
        var id = ConsultationSteps.IdFrom(await ConsultationSteps.CreateAsync(editor, ConsultationSteps.Form(slug, days: 30)));
        var edit = $"/admin/consultations/{id}/edit";

        var saved = await editor.SubmitAsync(edit, edit, new Dictionary<string, string> { ["Title"] = "修改后的标题", ["Slug"] = "changed" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await _steps.Read(db => db.Consultations.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("修改后的标题", 2, slug), (stored.Title, stored.Revision, stored.Slug));
        Assert.Equal(ConsultationSteps.Draft, stored.DraftMarkdown.Replace("\r\n", "\n"));
    }

    [SkippableFact]
    public async Task A_slug_already_in_use_is_refused_with_a_message()
    {
        var editor = await _steps.As("editor");
        var slug = ConsultationSteps.NewSlug();
        await ConsultationSteps.CreateAsync(editor, ConsultationSteps.Form(slug, days: 30));

        var again = await ConsultationSteps.CreateAsync(editor, ConsultationSteps.Form(slug, days: 30));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("已被其他意见征集使用", (await Browser.ParseAsync(again)).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(1, await _steps.Read(db => db.Consultations.CountAsync(c => c.Slug == slug)));
    }

    [SkippableFact]
    public async Task An_extension_needs_a_public_reason_and_then_moves_the_closing_time()
    {
        var consultation = await _steps.PublishedAsync();
        var editor = await _steps.As("editor");
        var newClose = ConsultationSteps.Local(consultation.Window.ClosesAt.AddDays(7));

        var refused = await ConsultationSteps.Act(editor, consultation.Id, "extend",
            new() { ["newClosesAt"] = newClose, ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("延期必须说明理由", (await Browser.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent);

        var extended = await ConsultationSteps.Act(editor, consultation.Id, "extend",
            new() { ["newClosesAt"] = newClose, ["reason"] = "应社会各界要求延长一周" });
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);

        var stored = await _steps.Read(db => db.Consultations.AsNoTracking().Include(c => c.Extensions)
            .SingleAsync(c => c.Id == consultation.Id));
        Assert.Equal("应社会各界要求延长一周", Assert.Single(stored.Extensions).Reason);
        Assert.Equal(newClose, ConsultationSteps.Local(stored.Window.ClosesAt));
    }

    [SkippableFact]
    public async Task Interpretations_are_added_with_their_form_and_the_moderation_mode_can_be_switched()
    {
        var consultation = await _steps.PublishedAsync();
        var editor = await _steps.As("editor");

        await ConsultationSteps.Act(editor, consultation.Id, "interpretations",
            new() { ["kind"] = "QuestionsAndAnswers", ["title"] = "一图读懂", ["body"] = "问：……答：……" });
        await ConsultationSteps.Act(editor, consultation.Id, "moderation", new() { ["mode"] = "PostModeration" });

        var (_, page) = await editor.GetAsync($"/admin/consultations/{consultation.Id}");
        var added = page.QuerySelectorAll("#interpretations li").Last().TextContent;
        Assert.StartsWith("【简明问答】一图读懂", added);
        Assert.Contains("待审核，未公开", added);
        Assert.Equal("先发后审", page.QuerySelector("#moderation-mode")!.TextContent);
    }
}
