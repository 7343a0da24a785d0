using System.Text.Json;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;

namespace Consultation.Web.Features.OpenData;

/// <summary>The site's <see cref="PublicJson"/> shape with statuses and kinds written as <see cref="CodedLabel"/>s.</summary>
public sealed class OpenDataJson(StringCatalog strings)
{
    public const string ContentType = "application/json; charset=utf-8";
    public const string ProblemContentType = "application/problem+json; charset=utf-8";

    public JsonSerializerOptions Options { get; } = WithCodedLabels(strings);

    private static JsonSerializerOptions WithCodedLabels(StringCatalog strings)
    {
        var options = new JsonSerializerOptions(PublicJson.Options);
        // Before the plain enum converter, which would otherwise write the bare name.
        options.Converters.Insert(0, new CodedLabelConverter(strings));
        return options;
    }

    public byte[] Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}
