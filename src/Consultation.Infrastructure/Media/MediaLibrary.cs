using System.Security.Cryptography;
using Consultation.Core;
using Consultation.Core.Media;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Media;

/// <summary>
/// Takes an upload from bytes to a stored <see cref="MediaAsset"/>: images are re-encoded, documents inspected,
/// anything else refused. A refusal throws before anything is written, so a refused upload leaves no trace.
/// </summary>
public sealed class MediaLibrary(
    ConsultationDbContext db,
    ImageProcessor images,
    DocumentInspector documents,
    MediaFileStore store,
    IOptions<MediaOptions> options,
    TimeProvider clock)
{
    public const int PageSize = 30;

    public async Task<MediaAsset> UploadAsync(MediaUpload upload, string uploadedBy, CancellationToken ct)
    {
        var bytes = await ReadAtMostAsync(upload.Content, options.Value.MaxUploadBytes, ct);
        var storedName = store.NewName();
        var now = clock.GetUtcNow();
        Dictionary<string, byte[]> files;
        MediaAsset asset;
        if (ImageSignature.Matches(bytes))
        {
            var image = images.Process(bytes);
            asset = MediaAsset.ForImage(storedName, DownloadName.For(upload.FileName, image.Extension), image.ContentType,
                image.Bytes.Length, image.Width, image.Height, image.Renditions.Select(r => r.Width), Sha256(image.Bytes),
                upload.AltText ?? "", uploadedBy, now);
            files = image.Renditions.ToDictionary(r => MediaFileStore.RenditionName(storedName, r.Width), r => r.Bytes);
            files[storedName] = image.Bytes;
        }
        else
        {
            var document = documents.Inspect(bytes);
            asset = MediaAsset.ForDocument(storedName, DownloadName.For(upload.FileName, document.Extension),
                document.ContentType, bytes.Length, Sha256(bytes), uploadedBy, now);
            files = new Dictionary<string, byte[]> { [storedName] = bytes };
        }

        await WriteAllAsync(files, ct);
        try
        {
            db.MediaAssets.Add(asset);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // No row, no files: a file without a row could never be found or cleaned up later.
            db.MediaAssets.Remove(asset);
            DeleteAll(files.Keys);
            throw;
        }
        return asset;
    }

    public async Task<MediaPage> PageAsync(int page, CancellationToken ct)
    {
        // ?page=0x7fffffff binds to int.MaxValue; past this the offset overflows and PostgreSQL refuses it (500).
        page = Math.Clamp(page, 1, int.MaxValue / (PageSize + 1));
        var rows = await db.MediaAssets.AsNoTracking()
            .OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        return new MediaPage(rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }

    public Task<MediaAsset?> FindAsync(int id, CancellationToken ct) =>
        db.MediaAssets.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);

    public async Task<MediaAsset?> FindAsync(string storedName, CancellationToken ct) =>
        MediaFileStore.IsStoredName(storedName)
            ? await db.MediaAssets.AsNoTracking().SingleOrDefaultAsync(m => m.StoredName == storedName, ct)
            : null;

    /// <summary>
    /// Reads the upload into memory, stopping one byte past the limit: the declared length is the client's word,
    /// the bytes actually read are not.
    /// </summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
                throw new DomainException("media.too_large", limit / (1024 * 1024));
        }
        if (buffer.Length == 0) throw new DomainException("media.empty");
        return buffer.ToArray();
    }

    private async Task WriteAllAsync(Dictionary<string, byte[]> files, CancellationToken ct)
    {
        var written = new List<string>();
        try
        {
            foreach (var (name, bytes) in files)
            {
                await store.WriteAsync(name, bytes, ct);
                written.Add(name);
            }
        }
        catch
        {
            DeleteAll(written);
            throw;
        }
    }

    private void DeleteAll(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            try { store.Delete(name); }
            catch (IOException) { /* best effort: the original failure is the one worth reporting */ }
        }
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
