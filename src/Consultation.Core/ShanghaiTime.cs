using System.Globalization;

namespace Consultation.Core;

/// <summary>
/// The one clock face of the site: Asia/Shanghai. Rules that count days (publication dates, "not in the future") and
/// every date shown or typed in a form use it. China has kept a fixed +08:00 offset with no daylight saving since
/// 1991, so no time-zone database is needed.
/// </summary>
public static class ShanghaiTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToShanghai(this DateTimeOffset value) => value.ToOffset(Offset);

    /// <summary>The calendar day a Shanghai clock shows at <paramref name="instant"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant a Shanghai clock shows <paramref name="time"/> on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), Offset);

    public static string Date(DateTimeOffset? value) =>
        value is { } v ? v.ToShanghai().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    public static string DateTime(DateTimeOffset? value) =>
        value is { } v ? v.ToShanghai().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// Reads a local Shanghai date-time typed into a form as an absolute instant. A time no instant can hold (the
    /// first hours of year 1, typed or sent by a script) is refused as a domain error, so the reader gets a 400 page
    /// saying so instead of a server error.
    /// </summary>
    public static DateTimeOffset? FromLocal(System.DateTime? local)
    {
        if (local is not { } l) return null;
        if (l < System.DateTime.MinValue + Offset) throw new DomainException("time.out_of_range");
        return new DateTimeOffset(System.DateTime.SpecifyKind(l, DateTimeKind.Unspecified), Offset);
    }

    /// <summary>The value of a <c>datetime-local</c> input showing <paramref name="value"/>.</summary>
    public static string ForInput(DateTimeOffset? value) =>
        value is { } v ? v.ToShanghai().ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : "";
}
