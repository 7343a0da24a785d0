namespace Consultation.Infrastructure.Search;

/// <summary>
/// One result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are encoded text with the matches in
/// <c>&lt;mark&gt;</c> and no other markup, safe to insert as they are.
/// </summary>
public sealed record SearchHit(SearchKind Kind, string Title, string TitleHtml, string SnippetHtml, string Url,
    DateTimeOffset Date, string Context);
