using System.Globalization;
using Consultation.Core;
using Consultation.Core.Comments;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Comments;

/// <summary>
/// One comment as the department downloads it: every field, contact included, times in Asia/Shanghai. The same record
/// feeds the CSV (localised labels) and the JSON (enum names, ISO times), so the two never disagree.
/// </summary>
public sealed record EditorCommentRecord(
    long Id,
    DateTimeOffset ReceivedAt,
    DateOnly? OfflineDate,
    CommentChannel Channel,
    string? ClauseAnchor,
    string? Clause,
    CommentStatus Status,
    string? StatusReason,
    string? HeldWords,
    string? Name,
    bool PublishName,
    string? Organisation,
    string? Contact,
    string Body,
    string BodyDigest,
    string? RecordedBy,
    string? ModeratedBy,
    DateTimeOffset? ModeratedAt)
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static EditorCommentRecord From(Comment c) => new(c.Id, c.ReceivedAt.ToShanghai(), c.OfflineDate, c.Channel,
        c.ClauseAnchor, c.ClauseLabel, c.Status, c.StatusReason, c.HeldWords, c.Name, c.PublishName, c.Organisation,
        c.Contact, c.Body, c.BodyDigest, c.RecordedBy, c.ModeratedBy, c.ModeratedAt?.ToShanghai());

    public static IReadOnlyList<string> Header(IStringLocalizer s) =>
    [
        s["cadmin.col.id"], s["cadmin.col.received_at"], s["cadmin.col.offline_date"], s["cadmin.col.channel"],
        s["cadmin.col.clause_anchor"], s["cadmin.col.clause"], s["cadmin.col.status"], s["cadmin.col.status_reason"],
        s["cadmin.col.held_words"], s["cadmin.col.name"], s["cadmin.col.publish_name"], s["cadmin.col.organisation"],
        s["cadmin.col.contact"], s["cadmin.col.body"], s["cadmin.col.body_digest"], s["cadmin.col.recorded_by"],
        s["cadmin.col.moderated_by"], s["cadmin.col.moderated_at"],
    ];

    public IReadOnlyList<string?> Cells(IStringLocalizer s) =>
    [
        Id.ToString(CultureInfo.InvariantCulture), ReceivedAt.ToString(TimeFormat, CultureInfo.InvariantCulture),
        ShanghaiTime.Date(OfflineDate), s[$"channel.{Channel}"], ClauseAnchor, Clause, s[$"rstatus.{Status}"],
        StatusReason, HeldWords, Name, PublishName ? s["common.yes"] : s["common.no"], Organisation, Contact, Body,
        BodyDigest, RecordedBy, ModeratedBy, ModeratedAt?.ToString(TimeFormat, CultureInfo.InvariantCulture),
    ];
}
