using System.Text.Json;
using System.Text.Json.Serialization;
using Consultation.Core.Comments;

namespace Consultation.Core.Adoption;

/// <summary>
/// Everything an adoption report says about the comments — totals, the concentrated opinions with their dispositions,
/// reasons and members — frozen when the report is submitted for 三审, so the public and every receipt read exactly
/// what the reviewers passed, whatever happens to the working groups afterwards.
/// </summary>
public sealed record ReportSnapshot(
    DateOnly DecidedOn,
    int Total,
    IReadOnlyDictionary<CommentChannel, int> ByChannel,
    IReadOnlyList<ReportSnapshot.ClauseCount> ByClause,
    IReadOnlyList<ReportSnapshot.DayCount> ByDay,
    IReadOnlyList<ReportSnapshot.GroupLine> Groups)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record ClauseCount(string? Anchor, string Label, int Count);

    public sealed record DayCount(DateOnly Day, int Count);

    /// <summary>One concentrated opinion as decided: the facts the public reads.</summary>
    public sealed record GroupFacts(int Id, string Title, string Summary, Disposition Disposition, string? Reason,
        string? FinalClauseAnchor);

    public sealed record GroupLine(GroupFacts Group, int Size, IReadOnlyDictionary<CommentChannel, int> ByChannel,
        IReadOnlyList<string> ClauseLabels, IReadOnlyList<long> CommentIds);

    public int Online => ByChannel.GetValueOrDefault(CommentChannel.Web);

    public int Offline => Total - Online;

    public IReadOnlyDictionary<Disposition, int> ByDisposition =>
        Groups.GroupBy(g => g.Group.Disposition).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The groups that changed the final text, i.e. the list of changes.</summary>
    public IEnumerable<GroupLine> Changes => Groups.Where(g => g.Group.FinalClauseAnchor is not null);

    /// <summary>The opinion a comment was answered in, as the report says.</summary>
    public GroupFacts? GroupOf(long commentId) => Groups.FirstOrDefault(g => g.CommentIds.Contains(commentId))?.Group;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ReportSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty report snapshot.");
}
