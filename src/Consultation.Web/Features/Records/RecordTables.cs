using System.Globalization;
using System.IO.Compression;
using Consultation.Infrastructure.Exports;
using Consultation.Infrastructure.Records;
using Consultation.Web.Hosting.Localization;

namespace Consultation.Web.Features.Records;

/// <summary>
/// Decision records as flat tables, one CSV per table (UTF-8 with BOM, via <see cref="CsvWriter"/>), joined by the
/// record's ids: a comment's <c>group_id</c> is a row of groups.csv, a group's clauses are in group_clauses.csv. Coded
/// values get two columns, the stable code and its Chinese label. Several records (a year's download) make one set
/// of tables; people and organisations appear once however many meetings name them.
/// </summary>
public sealed class RecordTables(RecordLabels labels)
{
    public sealed record Table(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string?>> Rows);

    public IReadOnlyList<Table> Of(IReadOnlyList<DecisionRecord> records)
    {
        var consultations = records.SelectMany(r => r.Consultations.Select(c => (Decision: r, Consultation: c))).ToList();
        var groups = consultations.SelectMany(x => x.Consultation.Groups.Select(g => (x.Consultation, Group: g))).ToList();
        var events = records.SelectMany(r => r.Events.Select(e => (Decision: r, Event: e))).ToList();
        return
        [
            new("decisions", ["id", "url", "title", "department", "year", "decided_on", "document_number",
                    "result_article_id", "result_url", "result_title", "result_published_at", "background"],
                records.Select(r => Row(r.Id, r.Url, r.Title, r.Department, Number(r.Year), Day(r.Result.DecidedOn),
                    r.Result.DocumentNumber, r.Result.ArticleId, r.Result.ArticleUrl, r.Result.ArticleTitle,
                    Time(r.Result.ArticlePublishedAt), r.Background)).ToList()),
            new("consultations", ["id", "decision_id", "url", "title", "opens_at", "closes_at", "total_comments", "explanation"],
                consultations.Select(x => Row(x.Consultation.Id, x.Decision.Id, x.Consultation.Url, x.Consultation.Title,
                    Time(x.Consultation.OpensAt), Time(x.Consultation.ClosesAt), Number(x.Consultation.TotalComments),
                    x.Consultation.Explanation)).ToList()),
            new("interpretations", ["id", "consultation_id", "url", "form", "form_label", "title", "published_at", "body"],
                consultations.SelectMany(x => x.Consultation.Interpretations.Select(i => Row([i.Id, x.Consultation.Id, i.Url,
                    .. Coded(labels.Of(i.Form)), i.Title, Time(i.PublishedAt), i.Body]))).ToList()),
            new("clauses", ["id", "consultation_id", "anchor", "url", "label", "comments", "unique_comments",
                    "near_duplicate_copies", "change", "change_label", "changed_by_group_ids", "draft_text", "final_text"],
                consultations.SelectMany(x => x.Consultation.Clauses.Select(c => Row([c.Id, x.Consultation.Id, c.Anchor,
                    c.Url, c.Label, Number(c.Comments), Number(c.UniqueComments), Number(c.NearDuplicateCopies),
                    .. c.Change is { } change ? Coded(labels.Of(change)) : [null, null],
                    string.Join(' ', c.ChangedByGroupIds), c.DraftText, c.FinalText]))).ToList()),
            new("comment_counts_by_channel", ["consultation_id", "channel", "channel_label", "count"],
                consultations.SelectMany(x => x.Consultation.CommentsByChannel.Select(k => Row([x.Consultation.Id,
                    .. Coded(labels.Of(k.Channel)), Number(k.Count)]))).ToList()),
            new("comments", ["id", "consultation_id", "clause_id", "group_id", "received_at", "channel", "channel_label",
                    "author", "text"],
                consultations.SelectMany(x => x.Consultation.Comments.Select(c => Row([c.Id, x.Consultation.Id, c.ClauseId,
                    c.GroupId, Time(c.ReceivedAt), .. Coded(labels.Of(c.Channel)), c.Author, c.Text]))).ToList()),
            new("groups", ["id", "consultation_id", "url", "title", "disposition", "disposition_label", "reason", "size",
                    "changed_clause_id", "summary"],
                groups.Select(x => Row([x.Group.Id, x.Consultation.Id, x.Group.Url, x.Group.Title,
                    .. Coded(labels.Of(x.Group.Disposition)), x.Group.Reason, Number(x.Group.Size), x.Group.ChangedClauseId,
                    x.Group.Summary])).ToList()),
            new("group_clauses", ["group_id", "clause_id"],
                groups.SelectMany(x => x.Group.ClauseIds.Select(c => Row(x.Group.Id, c))).ToList()),
            new("reports", ["id", "consultation_id", "url", "version", "published_at", "redline_url", "correction_note",
                    "introduction"],
                consultations.SelectMany(x => x.Consultation.Report is { } r
                    ? [Row(r.Id, x.Consultation.Id, r.Url, Number(r.Version), Time(r.PublishedAt), r.RedlineUrl,
                        r.CorrectionNote, r.Introduction)]
                    : Array.Empty<IReadOnlyList<string?>>()).ToList()),
            new("meetings", ["id", "decision_id", "name", "classification", "classification_label", "start_date",
                    "location", "url"],
                events.Select(x => Row([x.Event.Id, x.Decision.Id, x.Event.Name, .. Coded(labels.Of(x.Event.Classification)),
                    Time(x.Event.StartDate), x.Event.Location, x.Event.Url])).ToList()),
            new("persons", ["id", "name"],
                records.SelectMany(r => r.Persons).DistinctBy(p => p.Id).Select(p => Row(p.Id, p.Name)).ToList()),
            new("organizations", ["id", "name"],
                records.SelectMany(r => r.Organizations).DistinctBy(o => o.Id).Select(o => Row(o.Id, o.Name)).ToList()),
            new("memberships", ["person_id", "organization_id"],
                records.SelectMany(r => r.Memberships).Distinct().Select(m => Row(m.PersonId, m.OrganizationId)).ToList()),
            new("attendees", ["meeting_id", "person_id", "role", "role_label", "attendance", "attendance_label"],
                events.SelectMany(x => x.Event.Attendees.Select(a => Row([x.Event.Id, a.PersonId, .. Coded(labels.Of(a.Role)),
                    .. Coded(labels.Of(a.Attendance))]))).ToList()),
            new("opinions", ["id", "meeting_id", "person_id", "decision_id", "text", "handling", "handling_label",
                    "handling_text"],
                events.SelectMany(x => x.Event.Opinions.Select(o => Row([o.Id, x.Event.Id, o.PersonId, o.DecisionId, o.Text,
                    .. Coded(labels.Of(o.Handling)), o.HandlingText]))).ToList()),
        ];
    }

    /// <summary>Each table as <c>{prefix}{name}.csv</c> in the archive.</summary>
    public static async Task AddAsync(ZipArchive zip, IReadOnlyList<Table> tables, string prefix, CancellationToken ct)
    {
        foreach (var table in tables)
        {
            await using var entry = await zip.CreateEntry($"{prefix}{table.Name}.csv", CompressionLevel.Optimal).OpenAsync(ct);
            await CsvWriter.WriteAsync(entry, table.Header, table.Rows, ct);
        }
    }

    internal static IReadOnlyList<string?> Row(params string?[] cells) => cells;

    internal static string?[] Coded(CodedLabel label) => [label.Code, label.Label];

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the +08:00 the record's times carry.</summary>
    internal static string? Time(DateTimeOffset? time) =>
        time?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
