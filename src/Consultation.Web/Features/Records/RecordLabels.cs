using System.Text.Json;
using System.Text.Json.Serialization;
using Consultation.Core.Adoption;
using Consultation.Core.Catalog;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Core.Evaluations;
using Consultation.Core.Meetings;
using Consultation.Infrastructure.Adoption;
using Consultation.Web.Features.Comments;
using Consultation.Web.Hosting.Localization;

namespace Consultation.Web.Features.Records;

/// <summary>
/// The statuses and kinds of a decision record as <see cref="CodedLabel"/>s (stable code + the Chinese the site
/// shows), from the same string keys the pages use, and the JSON options that write them so.
/// </summary>
public sealed class RecordLabels
{
    private static readonly Dictionary<Type, string> Prefixes = new()
    {
        [typeof(Disposition)] = "disposition",
        [typeof(CommentChannel)] = "channel",
        [typeof(InterpretationForm)] = "iform",
        [typeof(RedlineClause.Change)] = "redline",
        [typeof(MeetingKind)] = "meeting.kind",
        [typeof(InviteeKind)] = "invitee.kind",
        [typeof(Attendance)] = "attendance",
        [typeof(HandlingOutcome)] = "handling",
        [typeof(CatalogStatus)] = "catalog.status",
        [typeof(EvaluationMethod)] = "evaluation.method",
    };

    private readonly StringCatalog _strings;

    public RecordLabels(StringCatalog strings)
    {
        _strings = strings;
        Json = new JsonSerializerOptions(ExportFiles.Json);
        Json.Converters.Insert(0, new CodedConverter(this));
    }

    /// <summary><see cref="ExportFiles.Json"/> (Chinese as characters, camelCase) with enums as coded labels.</summary>
    public JsonSerializerOptions Json { get; }

    public CodedLabel Of<T>(T value) where T : struct, Enum => CodedLabel.Of(value, Prefixes[typeof(T)], _strings);

    private sealed class CodedConverter(RecordLabels labels) : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => Prefixes.ContainsKey(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(Writer<>).MakeGenericType(typeToConvert), labels)!;
    }

    private sealed class Writer<T>(RecordLabels labels) : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Decision records are written, not read.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, labels.Of(value), options);
    }
}
