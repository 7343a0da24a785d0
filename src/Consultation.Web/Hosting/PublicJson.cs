using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Consultation.Web.Hosting;

/// <summary>
/// The one JSON shape of everything the public downloads: UTF-8 with Chinese written as characters (no \u escapes),
/// camelCase like the rest of the web, enum names as text where a richer <c>CodedLabel</c> is not used.
/// </summary>
public static class PublicJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(), new ShanghaiTimeJsonConverter() },
        WriteIndented = true,
    };
}
