using System.Buffers.Binary;

namespace Consultation.Infrastructure.Media;

/// <summary>
/// Recognises the raster formats we accept by their first bytes. A match only routes the upload to the image
/// processor; the codec still has to decode it, and what we store is always our own re-encoding.
/// </summary>
internal static class ImageSignature
{
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool Matches(ReadOnlySpan<byte> head) =>
        head.StartsWith(Jpeg)
        || head.StartsWith(Png)
        || head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)
        || (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        || IsBitmap(head);

    /// <summary>"BM" alone is too weak (any text can start with it), so the DIB header size must be a known one too.</summary>
    private static bool IsBitmap(ReadOnlySpan<byte> head) =>
        head.Length >= 18 && head.StartsWith("BM"u8)
        && BinaryPrimitives.ReadUInt32LittleEndian(head[14..18]) is 12 or 40 or 52 or 56 or 108 or 124;
}
