using System.Text.Json;
using System.Text.Json.Serialization;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;

namespace Consultation.Infrastructure.Seeding;

/// <summary>The demo consultation (derived from the notice's 公众参与 duties) as stored in consultation-demo.json.</summary>
public sealed record ConsultationSeed(
    ConsultationSeed.DecisionPart Decision,
    ConsultationSeed.ConsultationPart Consultation,
    IReadOnlyList<ConsultationSeed.InterpretationPart> Interpretations,
    IReadOnlyList<ConsultationSeed.CommentPart> Comments)
{
    public sealed record DecisionPart(string Title, string Department, int Year, bool InCatalog, string Background);

    public sealed record ConsultationPart(string Slug, string Title, string Draft, string Explanation, int OpenedDaysAgo,
        int WindowDays);

    public sealed record InterpretationPart(InterpretationForm Form, string Title, string Body);

    public sealed record CommentPart(string? Clause, string Body, string? Name, bool PublishName)
    {
        public CommentDraft ToDraft(int index) =>
            new(Clause, Body, Name, null, null, PublishName, $"demo-comment-{index:D4}-0000000000");
    }

    public static IReadOnlyList<ConsultationSeed> LoadAll(string json) => JsonSerializer.Deserialize<List<ConsultationSeed>>(json,
        new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } })
        ?? throw new InvalidOperationException("consultation-demo.json is empty.");
}
