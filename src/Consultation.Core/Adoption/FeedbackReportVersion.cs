namespace Consultation.Core.Adoption;

/// <summary>
/// One published version of an adoption report: its text and the frozen <see cref="ReportSnapshot"/>. Versions are
/// never changed; a correction is a new version with its 更正说明, and the earlier ones stay readable.
/// </summary>
public sealed class FeedbackReportVersion
{
    private FeedbackReportVersion() { }

    public int Id { get; private set; }
    public int ReportId { get; private set; }
    public int Number { get; private set; }
    public string IntroductionMarkdown { get; private set; } = "";
    public string FinalTextMarkdown { get; private set; } = "";
    public string SnapshotJson { get; private set; } = "";
    /// <summary>更正说明: why this version replaces the one before; null for the first.</summary>
    public string? CorrectionNote { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string ContentHash { get; private set; } = "";

    public ReportSnapshot Snapshot => ReportSnapshot.FromJson(SnapshotJson);

    internal static FeedbackReportVersion Publish(int number, string introduction, string finalText, string snapshotJson,
        string? correctionNote, DateTimeOffset now, string contentHash) => new()
    {
        Number = number,
        IntroductionMarkdown = introduction,
        FinalTextMarkdown = finalText,
        SnapshotJson = snapshotJson,
        CorrectionNote = correctionNote,
        PublishedAt = now,
        ContentHash = contentHash,
    };
}
