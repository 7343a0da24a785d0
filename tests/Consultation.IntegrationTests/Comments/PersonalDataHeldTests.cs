using Consultation.Core.Comments;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Consultation.IntegrationTests.Comments;

/// <summary>Configured to hold (<c>Consultations:PersonalData = Hold</c>), such a comment waits for an editor.</summary>
public sealed class PersonalDataHeldTests(PersonalDataHeldTests.HoldingSite site) : IClassFixture<PersonalDataHeldTests.HoldingSite>
{
    public sealed class HoldingSite() : SiteFixture(DatabaseUnderTest.NewSqlite(), "",
        new() { ["Consultations:PersonalData"] = "Hold" });

    private readonly ConsultationSteps _steps = new(site);

    [Fact]
    public async Task A_comment_with_an_id_number_is_held_and_the_queue_says_why()
    {
        var consultation = await _steps.PublishedAsync();
        var comment = await _steps.ReceiveAsync(consultation.Id, "孩子身份证号11010519491231002X，学籍信息有误。");
        var editor = await _steps.As("editor");

        var (_, queue) = await editor.GetAsync($"/admin/consultations/{consultation.Id}/comments");

        Assert.Equal(CommentStatus.Held,
            await _steps.Read(db => db.Comments.Where(c => c.Id == comment).Select(c => c.Status).SingleAsync()));
        Assert.Contains("个人信息", queue.QuerySelector($"#comment-{comment}")!.TextContent);
    }
}
