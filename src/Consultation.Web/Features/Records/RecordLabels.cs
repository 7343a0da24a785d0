using System.Text.Json;
using Consultation.Web.Features.OpenData;
using Consultation.Web.Hosting.Localization;

namespace Consultation.Web.Features.Records;

/// <summary>
/// The statuses and kinds of a decision record as <see cref="CodedLabel"/>s, exactly as the open-data API writes
/// them (<see cref="CodedLabelConverter"/>: one table of enums and their string keys for all open data).
/// </summary>
public sealed class RecordLabels(OpenDataJson json, StringCatalog strings)
{
    /// <summary>The open-data JSON options: Chinese as characters, camelCase, Beijing times, enums as coded labels.</summary>
    public JsonSerializerOptions Json => json.Options;

    public CodedLabel Of<T>(T value) where T : struct, Enum =>
        CodedLabel.Of(value, CodedLabelConverter.Prefixes[typeof(T)], strings);
}
