using System.Text.Json;
using System.Text.Json.Serialization;
using Consultation.Core.Adoption;
using Consultation.Core.Catalog;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Core.Evaluations;
using Consultation.Core.Meetings;
using Consultation.Infrastructure.Adoption;
using Consultation.Web.Hosting.Localization;

namespace Consultation.Web.Features.OpenData;

/// <summary>
/// Writes every status and kind of open data as a <see cref="CodedLabel"/> — <c>{"code":"decided","label":"已决策"}</c> —
/// with the label the site's own pages use for that enum (the string key prefix below).
/// </summary>
public sealed class CodedLabelConverter(StringCatalog strings) : JsonConverterFactory
{
    public static readonly IReadOnlyDictionary<Type, string> Prefixes = new Dictionary<Type, string>
    {
        [typeof(ConsultationStatus)] = "cstatus",
        [typeof(CommentChannel)] = "channel",
        [typeof(Disposition)] = "disposition",
        [typeof(CatalogStatus)] = "catalog.status",
        [typeof(InterpretationForm)] = "iform",
        [typeof(EvaluationMethod)] = "evaluation.method",
        [typeof(MeetingKind)] = "meeting.kind",
        [typeof(InviteeKind)] = "invitee.kind",
        [typeof(Attendance)] = "attendance",
        [typeof(HandlingOutcome)] = "handling",
        [typeof(RedlineClause.Change)] = "redline",
    };

    public override bool CanConvert(Type typeToConvert) => Prefixes.ContainsKey(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert), strings, Prefixes[typeToConvert])!;

    private sealed class Converter<TEnum>(StringCatalog strings, string prefix) : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Open data is read-only.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, CodedLabel.Of(value, prefix, strings), options);
    }
}
