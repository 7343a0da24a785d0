namespace Consultation.Web.Features.Review;

/// <summary>
/// What changed since the last version that passed 终审, shown on a reviewed item's page next to its review box:
/// each text before and after (rendered as a redline), and notes for changes that are not a text (a new interpretation).
/// </summary>
public sealed record ApprovedChanges(bool HasApprovedVersion, IReadOnlyList<ApprovedChanges.Text> Texts,
    IReadOnlyList<string> Notes)
{
    public sealed record Text(string Label, string Before, string After);

    public static ApprovedChanges FirstVersion { get; } = new(false, [], []);
}
