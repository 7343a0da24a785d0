using System.Net;
using Consultation.Core.Comments;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Consultation.IntegrationTests.Comments;

/// <summary>
/// A phone number, 身份证 number or e-mail address typed into a comment never reaches the public: by default the
/// published text is masked everywhere the public reads it (page, CSV, JSON); the office keeps what was written.
/// </summary>
public abstract class PersonalDataBehaviour(SiteFixture site)
{
    private const string Written = "建议公布课后服务收费标准，我的电话13812345678，邮箱 wang.fang@example.cn，欢迎联系。";
    private readonly ConsultationSteps _steps = new(site);

    [SkippableFact]
    public async Task A_published_comment_shows_its_personal_data_masked_on_the_page_and_in_the_open_data()
    {
        var consultation = await _steps.PublishedAsync();
        var comment = await _steps.ReceiveAsync(consultation.Id, Written);
        var editor = await _steps.As("editor");
        var queue = $"/admin/consultations/{consultation.Id}/comments";
        Assert.Equal(HttpStatusCode.Redirect,
            (await editor.PostWithTokenAsync(queue, $"{queue}/{comment}/publish", new Dictionary<string, string>())).StatusCode);
        var citizen = site.NewBrowser();

        var (_, page) = await citizen.GetAsync($"/consultations/{consultation.Slug}");
        var csv = await citizen.Client.GetStringAsync($"/consultations/{consultation.Slug}/comments.csv");
        var json = await citizen.Client.GetStringAsync($"/consultations/{consultation.Slug}/comments.json");

        Assert.Equal("建议公布课后服务收费标准，我的电话138******78，邮箱 wan***************cn，欢迎联系。",
            page.QuerySelector($"#comment-{comment} .comment-body")!.TextContent);
        foreach (var published in new[] { page.DocumentElement.OuterHtml, csv, json })
        {
            Assert.DoesNotContain("13812345678", published);
            Assert.DoesNotContain("wang.fang@example.cn", published);
        }
        Assert.Contains("138******78", csv);
        Assert.Equal(Written, await _steps.Read(db => db.Comments.Where(c => c.Id == comment).Select(c => c.Body).SingleAsync()));
    }
}
