using System.ComponentModel.DataAnnotations;
using Consultation.Core.Content;

namespace Consultation.Web.Features.Content.Admin;

/// <summary>What the article editor posts: content plus the gov.cn metadata block.</summary>
public sealed class ArticleForm
{
    [Range(1, int.MaxValue, ErrorMessage = "article.column_required")]
    public int ColumnId { get; set; }

    [Required(ErrorMessage = "article.title_required"), StringLength(ArticleContent.MaxTitleLength, ErrorMessage = "article.title_too_long")]
    public string Title { get; set; } = "";

    [StringLength(ArticleContent.MaxBodyLength, ErrorMessage = "article.body_too_long")]
    public string? Body { get; set; }

    [StringLength(DocumentMetadata.MaxFieldLength)] public string? IndexNumber { get; set; }
    [StringLength(DocumentMetadata.MaxFieldLength)] public string? Publisher { get; set; }
    [StringLength(DocumentMetadata.MaxFieldLength)] public string? DocumentNumber { get; set; }
    public DateOnly? WrittenOn { get; set; }
    public DateOnly? PublishedOn { get; set; }
    [StringLength(DocumentMetadata.MaxFieldLength)] public string? TopicCategory { get; set; }
    public Validity Validity { get; set; }

    public ArticleContent ToContent() => new(Title, Body ?? "",
        new DocumentMetadata(IndexNumber ?? "", Publisher ?? "", DocumentNumber ?? "", WrittenOn, PublishedOn,
            TopicCategory ?? "", Validity));

    public static ArticleForm From(int columnId, ArticleVersion v) => new()
    {
        ColumnId = columnId,
        Title = v.Title,
        Body = v.BodyMarkdown,
        IndexNumber = v.Metadata.IndexNumber,
        Publisher = v.Metadata.Publisher,
        DocumentNumber = v.Metadata.DocumentNumber,
        WrittenOn = v.Metadata.WrittenOn,
        PublishedOn = v.Metadata.PublishedOn,
        TopicCategory = v.Metadata.TopicCategory,
        Validity = v.Metadata.Validity,
    };
}
