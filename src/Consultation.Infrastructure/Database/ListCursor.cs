using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Consultation.Core;

namespace Consultation.Infrastructure.Database;

/// <summary>
/// Where a newest-first public list continues: the date and id of the last (or, going back, the first) row shown, and
/// which way. Opaque in the query string (<c>?cursor=</c>), so a page stays cacheable by its address and readers never
/// build their own; anything not made here is refused with <c>paging.bad_cursor</c> (a 400 in the page's language).
/// </summary>
public sealed record ListCursor(DateTimeOffset At, long Id, bool Newer)
{
    private const string Prefix = "k1";

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(':', Prefix, Newer ? "n" : "o",
        At.UtcTicks.ToString(CultureInfo.InvariantCulture), Id.ToString(CultureInfo.InvariantCulture))));

    /// <summary>Null for the first page; a cursor for one of ours; otherwise refused.</summary>
    public static ListCursor? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length <= 96 && Base64Url.IsValid(text)
            && Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':') is [Prefix, var way and ("n" or "o"), var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            && t <= DateTimeOffset.MaxValue.UtcTicks
            && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
            return new ListCursor(new DateTimeOffset(t, TimeSpan.Zero), i, way == "n");
        throw new DomainException("paging.bad_cursor");
    }
}
