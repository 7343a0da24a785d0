using Consultation.Core;
using System.Text.Json;
using System.Text.Json.Serialization;
using Consultation.Core.Adoption;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;

namespace Consultation.Infrastructure.Seeding;

/// <summary>The demo consultation (derived from the notice's 公众参与 duties) as stored in consultation-demo.json.</summary>
public sealed record ConsultationSeed(
    ConsultationSeed.DecisionPart Decision,
    ConsultationSeed.ConsultationPart Consultation,
    IReadOnlyList<ConsultationSeed.InterpretationPart> Interpretations,
    IReadOnlyList<ConsultationSeed.CommentPart> Comments,
    ConsultationSeed.AdoptionPart? Adoption = null)
{
    public sealed record DecisionPart(string Title, string Department, int Year, bool InCatalog, string Background);

    /// <summary>Opens <c>OpenedOn</c> at 09:00 Shanghai time when given (a past year's decision), else days before now.</summary>
    public sealed record ConsultationPart(string Slug, string Title, string Draft, string Explanation, int OpenedDaysAgo,
        int WindowDays, DateOnly? OpenedOn = null)
    {
        public DateTimeOffset OpensAt(DateTimeOffset now) => OpenedOn is { } on
            ? Core.ShanghaiTime.At(on, new TimeOnly(9, 0))
            : now.AddDays(-OpenedDaysAgo);
    }

    /// <summary>A decided consultation: its opinion groups (comment indexes in arrival order), report and result.</summary>
    public sealed record AdoptionPart(DateOnly DecidedOn, string Introduction, string FinalText,
        IReadOnlyList<GroupPart> Groups, ResultPart Result);

    public sealed record GroupPart(string Title, IReadOnlyList<int> Comments, Disposition Disposition,
        string? Reason, string? FinalClause);

    /// <summary>The 决策结果: the published document that issues the final text.</summary>
    public sealed record ResultPart(string Column, string Title, string Body, string DocumentNumber);

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
