namespace Consultation.Core.Media;

/// <summary>
/// A file in the media library. The bytes live outside wwwroot under <see cref="StoredName"/>, a name the server made;
/// the uploader's file name is kept only for display and for the download's suggested name.
/// </summary>
public sealed class MediaAsset
{
    public const int MaxOriginalNameLength = 200;

    private MediaAsset() { }

    public int Id { get; private set; }
    public MediaKind Kind { get; private set; }
    public string StoredName { get; private set; } = "";
    public string OriginalName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long ByteSize { get; private set; }
    public int? Width { get; private set; }
    public int? Height { get; private set; }
    /// <summary>Widths of the responsive WebP renditions, comma-separated, ascending.</summary>
    public string VariantWidths { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public string AltText { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    public IReadOnlyList<int> Widths =>
        VariantWidths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    public static MediaAsset ForImage(string storedName, string originalName, string contentType, long byteSize,
        int width, int height, IEnumerable<int> variantWidths, string sha256, string altText, string uploadedBy,
        DateTimeOffset now)
    {
        if (width <= 0 || height <= 0) throw new DomainException("media.image_invalid");
        // GB/T 37668: an image a screen reader cannot describe is a gap in the page for blind readers.
        if (string.IsNullOrWhiteSpace(altText)) throw new DomainException("media.alt_required");
        var asset = Create(MediaKind.Image, storedName, originalName, contentType, byteSize, sha256, uploadedBy, now);
        asset.Width = width;
        asset.Height = height;
        asset.VariantWidths = string.Join(',', variantWidths.Order());
        asset.Describe(altText);
        return asset;
    }

    public static MediaAsset ForDocument(string storedName, string originalName, string contentType, long byteSize,
        string sha256, string uploadedBy, DateTimeOffset now) =>
        Create(MediaKind.Document, storedName, originalName, contentType, byteSize, sha256, uploadedBy, now);

    /// <summary>Alternative text read out to screen-reader users; required for images shown in content.</summary>
    public void Describe(string altText)
    {
        var text = (altText ?? "").Trim();
        if (text.Length > 300) throw new DomainException("media.alt_too_long");
        AltText = text;
    }

    private static MediaAsset Create(MediaKind kind, string storedName, string originalName, string contentType,
        long byteSize, string sha256, string uploadedBy, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(storedName) || storedName.IndexOfAny(['/', '\\', '.']) >= 0)
            throw new DomainException("media.stored_name_invalid");
        var name = Path.GetFileName((originalName ?? "").Trim());
        if (name.Length > MaxOriginalNameLength) name = name[^MaxOriginalNameLength..];
        return new MediaAsset
        {
            Kind = kind,
            StoredName = storedName,
            OriginalName = name.Length == 0 ? "file" : name,
            ContentType = contentType,
            ByteSize = byteSize,
            Sha256 = sha256,
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
    }
}
