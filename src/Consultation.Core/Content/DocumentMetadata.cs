namespace Consultation.Core.Content;

/// <summary>The gov.cn metadata block: 索引号, 发布机构, 发文字号, 成文日期, 发布日期, 主题分类, 有效性.</summary>
public sealed record DocumentMetadata(
    string IndexNumber,
    string Publisher,
    string DocumentNumber,
    DateOnly? WrittenOn,
    DateOnly? PublishedOn,
    string TopicCategory,
    Validity Validity)
{
    public const int MaxFieldLength = 200;

    public static DocumentMetadata Empty(string publisher) =>
        new("", publisher, "", null, null, "", Validity.Unspecified);

    /// <summary>Trims every field and refuses over-long values with a key the form can show.</summary>
    public DocumentMetadata Normalised()
    {
        string Clean(string? value, string field)
        {
            var trimmed = (value ?? "").Trim();
            if (trimmed.Length > MaxFieldLength) throw new DomainException("metadata.too_long", field);
            return trimmed;
        }

        return this with
        {
            IndexNumber = Clean(IndexNumber, "index_number"),
            Publisher = Clean(Publisher, "publisher"),
            DocumentNumber = Clean(DocumentNumber, "document_number"),
            TopicCategory = Clean(TopicCategory, "topic_category"),
        };
    }
}
