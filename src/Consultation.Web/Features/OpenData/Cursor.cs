using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Consultation.Web.Features.OpenData;

/// <summary>
/// The opaque <c>after</c> of keyset paging: the last id a client saw, wrapped so clients do not build their own
/// (the order may gain keys later without breaking their links). Anything not made here is refused, never guessed.
/// </summary>
public static class Cursor
{
    private const string Prefix = "v1:";

    public static string Of(long lastId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + lastId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The id to read after; 0 for the first page; null when <paramref name="cursor"/> is not one of ours.</summary>
    public static long? Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return 0;
        if (cursor.Length > 64 || !Base64Url.IsValid(cursor)) return null;
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith(Prefix, StringComparison.Ordinal)
               && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }
}
