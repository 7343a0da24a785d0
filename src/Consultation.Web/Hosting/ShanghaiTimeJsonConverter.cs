using System.Text.Json;
using System.Text.Json.Serialization;
using Consultation.Core;

namespace Consultation.Web.Hosting;

/// <summary>
/// Writes every time in public JSON as ISO 8601 in Beijing time (<c>2026-11-27T16:05:47+08:00</c>), the time the
/// pages show, to the second: readers compare them with the site, not with the database's UTC.
/// </summary>
public sealed class ShanghaiTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    /// <remarks>The DateTimeOffset overload writes ISO 8601 unescaped (a string would turn + into \u002B).</remarks>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        var shanghai = value.ToShanghai();
        writer.WriteStringValue(shanghai.AddTicks(-(shanghai.Ticks % TimeSpan.TicksPerSecond)));
    }
}
