using System.Text.Json.Serialization;
using Consultation.Core.Adoption;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Core.Meetings;

namespace Consultation.Infrastructure.Records;

/// <summary>
/// One decision's whole public record, from draft to result, with an identifier on everything (<c>{type}-{id}</c>,
/// the same in JSON and CSV, e.g. <c>group-3</c>) so a reader can trace any comment to what was done with it. Only
/// what the public may read, as last approved: the published report's frozen groups, published comments anonymised
/// as the site shows them, a meeting's invitees only once its record passed 三审. People, organisations and meetings
/// follow Popolo (snake_case names, as in that specification). The schema is documented in docs/decision-record.md.
/// </summary>
public sealed record DecisionRecord(
    string Id,
    string Url,
    string Title,
    string Department,
    int Year,
    string Background,
    DecisionRecord.ResultPart Result,
    IReadOnlyList<DecisionRecord.ConsultationPart> Consultations,
    IReadOnlyList<DecisionRecord.Person> Persons,
    IReadOnlyList<DecisionRecord.Organization> Organizations,
    IReadOnlyList<DecisionRecord.Membership> Memberships,
    IReadOnlyList<DecisionRecord.Event> Events)
{
    /// <summary>决策结果: the day, the 文号 and the published article that carries the document.</summary>
    public sealed record ResultPart(DateOnly? DecidedOn, string? DocumentNumber, string? ArticleId, string? ArticleUrl,
        string? ArticleTitle, DateTimeOffset? ArticlePublishedAt);

    public sealed record ConsultationPart(string Id, string Url, string Title, DateTimeOffset OpensAt,
        DateTimeOffset ClosesAt, string Explanation, IReadOnlyList<InterpretationPart> Interpretations,
        IReadOnlyList<ClausePart> Clauses, int TotalComments, IReadOnlyList<ChannelCount> CommentsByChannel,
        IReadOnlyList<CommentPart> Comments, IReadOnlyList<GroupPart> Groups, ReportPart? Report);

    public sealed record InterpretationPart(string Id, string Url, InterpretationForm Form, string Title, string Body,
        DateTimeOffset? PublishedAt);

    /// <summary>
    /// A clause of the draft (or one the final text added): its wording before and after, how many comments it drew
    /// (unique and near-duplicate copies, see <see cref="NearCopies"/>), the groups about it and those that changed it.
    /// </summary>
    public sealed record ClausePart(string Id, string Anchor, string Url, string Label, string? DraftText,
        string? FinalText, Adoption.RedlineClause.Change? Change, int Comments, int UniqueComments, int NearDuplicateCopies,
        IReadOnlyList<string> GroupIds, IReadOnlyList<string> ChangedByGroupIds);

    public sealed record ChannelCount(CommentChannel Channel, int Count);

    /// <summary>A published comment as the public page shows it: masked text, a name only with consent, never contact.</summary>
    public sealed record CommentPart(string Id, DateTimeOffset ReceivedAt, CommentChannel Channel, string? ClauseId,
        string Author, string Text, string? GroupId);

    /// <summary>集中意见 as the published report decided it.</summary>
    public sealed record GroupPart(string Id, string Url, string Title, string Summary, Disposition Disposition,
        string? Reason, int Size, IReadOnlyList<string> ClauseIds, string? ChangedClauseId, IReadOnlyList<string> CommentIds);

    public sealed record ReportPart(string Id, string Url, int Version, DateTimeOffset PublishedAt, string Introduction,
        string? CorrectionNote, string? RedlineUrl);

    /// <summary>Popolo Person: an invitee under the name the public record gives (an anonymised label when chosen).</summary>
    public sealed record Person(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name")] string Name);

    /// <summary>Popolo Organization, identified by its name so every meeting that names it shares one id.</summary>
    public sealed record Organization(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name")] string Name);

    /// <summary>Popolo Membership: the person came on behalf of the organisation.</summary>
    public sealed record Membership(
        [property: JsonPropertyName("person_id")] string PersonId,
        [property: JsonPropertyName("organization_id")] string OrganizationId);

    /// <summary>Popolo Event: a meeting (e.g. 厅长办公会) with who was invited, whether they came, and what they said.</summary>
    public sealed record Event(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("classification")] MeetingKind Classification,
        [property: JsonPropertyName("start_date")] DateTimeOffset StartDate,
        [property: JsonPropertyName("location")] string Location,
        [property: JsonPropertyName("url")] string Url,
        [property: JsonPropertyName("attendees")] IReadOnlyList<Attendee> Attendees,
        [property: JsonPropertyName("opinions")] IReadOnlyList<Opinion> Opinions);

    public sealed record Attendee(
        [property: JsonPropertyName("person_id")] string PersonId,
        [property: JsonPropertyName("role")] InviteeKind Role,
        [property: JsonPropertyName("attendance")] Attendance Attendance);

    /// <summary>What an invitee said and how it was handled (采纳/说明/转办).</summary>
    public sealed record Opinion(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("person_id")] string PersonId,
        [property: JsonPropertyName("decision_id")] string DecisionId,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("handling")] HandlingOutcome Handling,
        [property: JsonPropertyName("handling_text")] string HandlingText);
}
