using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Media;

/// <summary>
/// The media files on disk, outside wwwroot so nothing is ever served without going through the media controller.
/// Names are made here — 32 random hex digits, plus "-{width}" for a rendition — with no extension and no part of
/// the uploader's name, so no path can be steered and no file is ever executable by its name.
/// </summary>
public sealed partial class MediaFileStore(IOptions<MediaOptions> options)
{
    public string NewName() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsStoredName(string? name) => name is not null && StoredNamePattern().IsMatch(name);

    public static string RenditionName(string storedName, int width) => $"{storedName}-{width}";

    public async Task WriteAsync(string fileName, byte[] bytes, CancellationToken ct)
    {
        var path = PathOf(fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and moved into place, so a reader never sees half a file and a crash leaves no torn one.
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            await File.WriteAllBytesAsync(partial, bytes, ct);
            File.Move(partial, path, overwrite: false);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The file for reading, or null when it is not there.</summary>
    public Stream? OpenRead(string fileName)
    {
        var path = PathOf(fileName);
        if (!File.Exists(path)) return null;
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public void Delete(string fileName) => File.Delete(PathOf(fileName));

    /// <summary>
    /// Files are spread over 256 folders by their first two characters, so no folder grows to hundreds of thousands
    /// of entries. Anything that is not one of our names is a programming error, never a path.
    /// </summary>
    /// <remarks>The patterns end in \z, not $, which would also accept a trailing newline.</remarks>
    private string PathOf(string fileName)
    {
        if (!FileNamePattern().IsMatch(fileName)) throw new ArgumentException("Not a media file name.", nameof(fileName));
        var root = options.Value.Root;
        if (string.IsNullOrWhiteSpace(root)) throw new InvalidOperationException("Media:Root is not set.");
        return Path.Combine(root, fileName[..2], fileName);
    }

    [GeneratedRegex("^[0-9a-f]{32}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex StoredNamePattern();

    [GeneratedRegex("^[0-9a-f]{32}(-[0-9]{1,5})?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
