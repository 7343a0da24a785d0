using System.Security.Cryptography;
using System.Text;

namespace Consultation.Core.Content;

/// <summary>One saved version of an article. Versions are never changed; a rollback writes a new version.</summary>
public sealed class ArticleVersion
{
    private ArticleVersion() { }

    public int Id { get; private set; }
    public int ArticleId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public string BodyMarkdown { get; private set; } = "";
    public DocumentMetadata Metadata { get; private set; } = DocumentMetadata.Empty("");
    public string SavedBy { get; private set; } = "";
    public string SavedByName { get; private set; } = "";
    public DateTimeOffset SavedAt { get; private set; }
    /// <summary>SHA-256 of title, body and metadata: what the audit log records as "the version reviewed".</summary>
    public string Hash { get; private set; } = "";
    public string? Note { get; private set; }

    internal static ArticleVersion Create(int number, ArticleContent content, string savedBy, string savedByName,
        DateTimeOffset savedAt, string? note) => new()
    {
        Number = number,
        Title = content.Title,
        BodyMarkdown = content.BodyMarkdown,
        // A copy: EF tracks owned metadata per version, so two versions must never share one instance.
        Metadata = content.Metadata with { },
        SavedBy = savedBy,
        SavedByName = savedByName,
        SavedAt = savedAt,
        Hash = HashOf(content),
        Note = note,
    };

    public ArticleContent Content => new(Title, BodyMarkdown, Metadata);

    public static string HashOf(ArticleContent content)
    {
        var m = content.Metadata;
        var canonical = string.Join('\u001f', content.Title, content.BodyMarkdown, m.IndexNumber, m.Publisher,
            m.DocumentNumber, m.WrittenOn?.ToString("yyyy-MM-dd") ?? "", m.PublishedOn?.ToString("yyyy-MM-dd") ?? "",
            m.TopicCategory, m.Validity.ToString());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
