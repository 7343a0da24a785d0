namespace Consultation.Core.Content;

/// <summary>What an editor writes: the title, the Markdown body and the metadata block.</summary>
public sealed record ArticleContent(string Title, string BodyMarkdown, DocumentMetadata Metadata)
{
    public const int MaxTitleLength = 300;
    public const int MaxBodyLength = 200_000;

    public ArticleContent Validated()
    {
        var title = (Title ?? "").Trim();
        if (title.Length == 0) throw new DomainException("article.title_required");
        if (title.Length > MaxTitleLength) throw new DomainException("article.title_too_long", MaxTitleLength);
        var body = BodyMarkdown ?? "";
        if (body.Length > MaxBodyLength) throw new DomainException("article.body_too_long", MaxBodyLength);
        return new ArticleContent(title, body, Metadata.Normalised());
    }
}
