using Consultation.Core;
using Consultation.Core.WorkPoints;

namespace Consultation.UnitTests.WorkPoints;

public sealed class WorkPointProgressTests
{
    private static readonly DateOnly Today = new(2023, 9, 1);
    private static readonly DateTimeOffset Now = ShanghaiTime.At(Today, new TimeOnly(10, 0));

    private static WorkPoint Row() => WorkPoint.Create(2023, 10, "政策解读", "落实政策解读“三同步”。", "办公室,政策法规处");

    private static string Refusal(Action act) => Assert.Throws<DomainException>(act).MessageKey;

    [Fact]
    public void An_editor_records_status_date_evidence_and_note_which_the_board_shows_after_three_reviews()
    {
        var row = Row();

        row.ReportProgress(WorkPointStatus.Completed, new(2023, 8, 30), "https://edu.shandong.gov.cn/art/2023/8/30/a.html",
            "已印发实施方案。", Actors.Editor, Today, Now);
        Assert.Equal((WorkPointStatus.NotStarted, ""), (row.Status, row.ProgressNote));
        row.Submit(Actors.Editor, Now);
        foreach (var reviewer in new[] { Actors.First, Actors.Second, Actors.Final }) row.Approve(reviewer, Now);

        Assert.False(row.HasPendingProgress);
        Assert.Equal((WorkPointStatus.Completed, new DateOnly(2023, 8, 30), "https://edu.shandong.gov.cn/art/2023/8/30/a.html",
            "已印发实施方案。"), (row.Status, row.StatusDate, row.Evidence, row.ProgressNote));
    }

    [Fact]
    public void A_path_on_this_site_is_accepted_as_evidence()
    {
        var row = Row();

        row.ReportProgress(WorkPointStatus.Completed, Today, "/policies/1", null, Actors.Editor, Today, Now);

        Assert.Equal("/policies/1", row.PendingEvidence);
    }

    [Fact]
    public void A_status_date_in_the_future_is_refused()
    {
        Assert.Equal("workpoint.date_in_future", Refusal(() =>
            Row().ReportProgress(WorkPointStatus.InProgress, Today.AddDays(1), null, null, Actors.Editor, Today, Now)));
    }

    [Fact]
    public void A_status_date_before_the_plans_year_is_refused()
    {
        Assert.Equal("workpoint.date_before_year", Refusal(() =>
            Row().ReportProgress(WorkPointStatus.InProgress, new(2022, 12, 31), null, null, Actors.Editor, Today, Now)));
    }

    [Fact]
    public void Completed_without_evidence_is_refused_and_nothing_changes()
    {
        var row = Row();

        Assert.Equal("workpoint.evidence_required", Refusal(() =>
            row.ReportProgress(WorkPointStatus.Completed, Today, "  ", "完成了", Actors.Editor, Today, Now)));
        Assert.Equal((WorkPointStatus.NotStarted, (DateOnly?)null, ""), (row.Status, row.StatusDate, row.ProgressNote));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("http://edu.shandong.gov.cn/a.html")]
    [InlineData("//evil.example/a")]
    [InlineData("ftp://edu.shandong.gov.cn/a")]
    [InlineData("www.shandong.gov.cn")]
    [InlineData("https://user:pw@edu.shandong.gov.cn/")]
    [InlineData("/path with space")]
    public void Unsafe_evidence_links_are_refused(string evidence)
    {
        Assert.Equal("workpoint.evidence_invalid", Refusal(() =>
            Row().ReportProgress(WorkPointStatus.InProgress, Today, evidence, null, Actors.Editor, Today, Now)));
    }

    [Fact]
    public void An_auditor_cannot_report_progress()
    {
        Assert.Equal("article.edit_requires_editor", Refusal(() =>
            Row().ReportProgress(WorkPointStatus.InProgress, Today, null, null, Actors.Auditor, Today, Now)));
    }

    [Fact]
    public void A_note_longer_than_the_board_allows_is_refused()
    {
        Assert.Equal("workpoint.note_too_long", Refusal(() => Row().ReportProgress(WorkPointStatus.InProgress, Today,
            null, new string('进', WorkPoint.MaxNoteLength + 1), Actors.Editor, Today, Now)));
    }
}
