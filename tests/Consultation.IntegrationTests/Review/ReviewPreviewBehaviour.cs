using System.Net;
using Consultation.IntegrationTests.Consultations;
using Consultation.Core.Content;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.IntegrationTests.Search;

namespace Consultation.IntegrationTests.Review;

/// <summary>A reviewer sees what they approve: the item as the public will read it, and what changed since 终审.</summary>
public abstract class ReviewPreviewBehaviour(SiteFixture site)
{
    private readonly ConsultationSteps _steps = new(site);

    [SkippableFact]
    public async Task A_reviewer_sees_the_draft_with_its_explanation_background_and_interpretations_in_full()
    {
        var editor = await _steps.As("editor");
        var fields = ConsultationSteps.Form(ConsultationSteps.NewSlug(), days: 31);
        fields["DecisionBackground"] = "为落实减负要求，需要统一规范学校管理。";
        var id = ConsultationSteps.IdFrom(await ConsultationSteps.CreateAsync(editor, fields));
        await ConsultationSteps.Act(editor, id, "interpretations",
            new() { ["kind"] = "Text", ["title"] = "一文读懂管理办法", ["body"] = "办法共两条，明确适用范围。" });
        Assert.Equal(HttpStatusCode.Redirect, (await ConsultationSteps.Review(editor, id, "submit")).StatusCode);

        var (_, page) = await (await _steps.As("reviewer1")).GetAsync($"/admin/consultations/{id}");

        var preview = page.QuerySelector("#preview")!;
        Assert.Contains("起草说明正文", preview.QuerySelector("#preview-explanation")!.TextContent);
        Assert.Contains("为落实减负要求", preview.QuerySelector("#preview-background")!.TextContent);
        var interpretation = preview.QuerySelector("#preview-interpretations .interpretation")!.TextContent;
        Assert.Contains("一文读懂管理办法", interpretation);
        Assert.Contains("办法共两条，明确适用范围。", interpretation);
        Assert.Contains("本办法适用于全省中小学校。", preview.QuerySelector("#preview-draft")!.TextContent);
        Assert.NotNull(page.QuerySelector("#changes-first-version"));
    }

    [SkippableFact]
    public async Task A_reviewer_sees_what_changed_since_the_approved_explanation_and_the_new_interpretation()
    {
        var consultation = await _steps.PublishedAsync();
        var editor = await _steps.As("editor");
        await ConsultationSteps.Act(editor, consultation.Id, "explanation", new() { ["explanation"] = "起草说明，补充了依据。" });
        await ConsultationSteps.Act(editor, consultation.Id, "interpretations",
            new() { ["kind"] = "Graphic", ["title"] = "图解办法", ["body"] = "图解正文。" });

        var (_, page) = await (await _steps.As("reviewer1")).GetAsync($"/admin/consultations/{consultation.Id}");

        var changes = page.QuerySelector("#changes-since-approved")!;
        Assert.Contains("补充了依据", string.Concat(changes.QuerySelectorAll("ins").Select(i => i.TextContent)));
        Assert.Contains("图解办法", changes.TextContent);
        Assert.Contains("起草说明，补充了依据。", page.QuerySelector("#preview-explanation")!.TextContent);
    }

    [SkippableFact]
    public async Task A_reviewer_of_a_revised_article_sees_it_rendered_and_what_changed_since_the_public_version()
    {
        var id = await site.PublishArticleAsync("关于寒假安全的通知", "请各校做好寒假安全教育。");
        await site.ChangeArticleAsync(id, a => a.Revise(new ArticleContent("关于寒假安全的通知",
            "请各校做好寒假安全教育。\n\n## 工作要求\n\n**务必**于放假前完成。", DocumentMetadata.Empty("山东省教育厅")),
            SearchSteps.Editor, DateTimeOffset.UtcNow));

        var (_, page) = await (await _steps.As("reviewer1")).GetAsync($"/admin/articles/{id}");

        var preview = page.QuerySelector("#preview-body")!;
        Assert.Equal("工作要求", preview.QuerySelector("h2")!.TextContent);
        Assert.Equal("务必", preview.QuerySelector("strong")!.TextContent);
        var inserted = string.Concat(page.QuerySelectorAll("#changes-since-approved ins").Select(i => i.TextContent));
        Assert.Contains("务必", inserted);
        Assert.DoesNotContain("请各校做好", inserted);
    }
}
