using System.Globalization;

namespace Consultation.Web.Localization;

/// <summary>All dates shown to users are in Asia/Shanghai (UTC+8, no daylight saving).</summary>
public static class ShanghaiTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToShanghai(this DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone);

    public static string Date(DateTimeOffset? value) =>
        value is { } v ? v.ToShanghai().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    public static string DateTime(DateTimeOffset? value) =>
        value is { } v ? v.ToShanghai().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Reads a local Shanghai date-time typed into a form as an absolute instant.</summary>
    public static DateTimeOffset? FromLocal(System.DateTime? local) =>
        local is { } l ? new DateTimeOffset(System.DateTime.SpecifyKind(l, DateTimeKind.Unspecified), Zone.GetUtcOffset(l)) : null;

    public static string ForInput(DateTimeOffset? value) =>
        value is { } v ? v.ToShanghai().ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : "";

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // Minimal images may lack tzdata; China has had a fixed +08:00 offset since 1991.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "CST");
        }
    }
}
