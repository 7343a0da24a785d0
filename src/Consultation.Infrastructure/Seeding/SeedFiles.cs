using System.Text.Json;
using Consultation.Core.Content;

namespace Consultation.Infrastructure.Seeding;

/// <summary>Demo data derived from the source notice (鲁教厅办字〔2023〕24号), embedded so the site runs without ../shared.</summary>
public static class SeedFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public sealed record ColumnSeed(string Slug, string Name, string NameEn, string? Parent,
        ColumnUpdateCycle UpdateCycle = ColumnUpdateCycle.None);

    public sealed record WorkPointSeed(string Area, string Requirement, string Assignment);

    public sealed record MetadataSeed(string IndexNumber, string Publisher, string DocumentNumber, DateOnly? WrittenOn,
        DateOnly? PublishedOn, string TopicCategory, Validity Validity)
    {
        public DocumentMetadata ToMetadata() =>
            new(IndexNumber, Publisher, DocumentNumber, WrittenOn, PublishedOn, TopicCategory, Validity);
    }

    public sealed record ArticleSeed(string Column, string Title, string Body, int? WorkPlanYear, MetadataSeed Metadata);

    public static IReadOnlyList<ColumnSeed> Columns() => Read<List<ColumnSeed>>("columns.json");

    public static IReadOnlyList<WorkPointSeed> WorkPoints2023() => Read<List<WorkPointSeed>>("workpoints-2023.json");

    public static IReadOnlyList<ArticleSeed> Articles() => Read<List<ArticleSeed>>("articles.json");

    public static string SourceNotice() => ReadText("source-notice.txt");

    /// <summary>One open and one closed consultation with comments.</summary>
    public static IReadOnlyList<ConsultationSeed> DemoConsultations() => ConsultationSeed.LoadAll(ReadText("consultation-demo.json"));

    /// <summary>Statutory holidays and make-up working days from the 国务院办公厅 notices; loaded in every mode.</summary>
    public static IReadOnlyList<HolidaySeed> Holidays() => HolidaySeed.LoadAll(ReadText("holidays-2023-2026.json"));

    private static T Read<T>(string file) => JsonSerializer.Deserialize<T>(ReadText(file), Json)
                                             ?? throw new InvalidOperationException($"Seed file {file} is empty.");

    private static string ReadText(string file)
    {
        var name = $"Consultation.Infrastructure.Seeding.Data.{file}";
        using var stream = typeof(SeedFiles).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"Seed file {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
