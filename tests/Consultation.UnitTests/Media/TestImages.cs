using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Consultation.UnitTests.Media;

/// <summary>Images made in the test, so each one shows exactly the property under test.</summary>
internal static class TestImages
{
    /// <summary>Left half red, right half blue: after a turn we can tell which side ended up where.</summary>
    public static byte[] Jpeg(int width, int height) => Encode(Halves(width, height, SKColors.Red, SKColors.Blue), SKEncodedImageFormat.Jpeg);

    public static byte[] OpaquePng(int width, int height) => Encode(Halves(width, height, SKColors.Red, SKColors.Blue), SKEncodedImageFormat.Png);

    public static byte[] TransparentPng(int width, int height) =>
        Encode(Halves(width, height, SKColors.Red, SKColors.Transparent), SKEncodedImageFormat.Png);

    /// <summary>
    /// A JPEG carrying what a phone writes: an EXIF block with an orientation and an identifying text tag, and a
    /// comment segment. Both are inserted right after the start-of-image marker, where cameras put them.
    /// </summary>
    public static byte[] JpegWithMetadata(int width, int height, ushort orientation, string secret)
    {
        var jpeg = Jpeg(width, height);
        var exif = Segment(0xE1, [.. "Exif\0\0"u8, .. Tiff(orientation, secret)]);
        var comment = Segment(0xFE, Encoding.ASCII.GetBytes(secret));
        return [.. jpeg[..2], .. exif, .. comment, .. jpeg[2..]];
    }

    /// <summary>A valid 1×1 PNG whose header then claims a far larger size, as a decompression bomb does.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = OpaquePng(1, 1);
        // Signature (8) + IHDR length (4) + "IHDR" (4) = 16: width and height follow, then the rest of IHDR and its CRC.
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    public static SKBitmap Decode(byte[] bytes) => SKBitmap.Decode(bytes) ?? throw new InvalidOperationException("Not an image.");

    private static SKBitmap Halves(int width, int height, SKColor left, SKColor right)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(right);
        using var paint = new SKPaint { Color = left, BlendMode = SKBlendMode.Src };
        canvas.DrawRect(0, 0, width / 2f, height, paint);
        return bitmap;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using (bitmap)
        using (var data = bitmap.Encode(format, 90))
            return data.ToArray();
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = payload.Length + 2;
        return [0xFF, marker, (byte)(length >> 8), (byte)length, .. payload];
    }

    /// <summary>A little-endian TIFF header and one IFD: Orientation (0x0112) and Artist (0x013B).</summary>
    private static byte[] Tiff(ushort orientation, string artist)
    {
        var text = Encoding.ASCII.GetBytes(artist + "\0");
        const int dataOffset = 8 + 2 + 2 * 12 + 4;
        var tiff = new byte[dataOffset + text.Length];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), 2);
        Entry(tiff.AsSpan(10), 0x0112, 3, 1, orientation);
        Entry(tiff.AsSpan(22), 0x013B, 2, (uint)text.Length, dataOffset);
        text.CopyTo(tiff, dataOffset);
        return tiff;
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
