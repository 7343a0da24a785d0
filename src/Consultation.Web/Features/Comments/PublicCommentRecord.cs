using Consultation.Core;
using System.Globalization;
using Consultation.Core.Comments;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Comments;

/// <summary>
/// One public comment in the open-data download. Contact and organisation are left out (an organisation can identify
/// a person in a small school or village); the name appears only with the writer's separate consent, else 「网友」.
/// </summary>
public sealed record PublicCommentRecord(
    long Id,
    DateTimeOffset ReceivedAt,
    CommentChannel Channel,
    string? ClauseAnchor,
    string? Clause,
    string Name,
    string Body)
{
    public static PublicCommentRecord From(Comment c, IStringLocalizer s) => new(c.Id, c.ReceivedAt.ToShanghai(),
        c.Channel, c.ClauseAnchor, c.ClauseLabel, c.PublicName ?? s["cadmin.anonymous"], c.PublicBody);

    public static IReadOnlyList<string> Header(IStringLocalizer s) =>
    [
        s["cadmin.col.id"], s["cadmin.col.received_at"], s["cadmin.col.channel"], s["cadmin.col.clause_anchor"],
        s["cadmin.col.clause"], s["cadmin.col.name"], s["cadmin.col.body"],
    ];

    public IReadOnlyList<string?> Cells(IStringLocalizer s) =>
    [
        Id.ToString(CultureInfo.InvariantCulture), ReceivedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        s[$"channel.{Channel}"], ClauseAnchor, Clause, Name, Body,
    ];
}
