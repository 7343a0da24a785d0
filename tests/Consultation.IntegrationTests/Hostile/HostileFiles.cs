using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>
/// The files of the corpus's <c>file</c> cases, made here byte by byte so no hostile binary lives in git. A case's note
/// starts with the name of its file ("png-flood: …"); a file case without a maker here fails the upload test.
/// </summary>
public static class HostileFiles
{
    public const string Script = "<script>alert(document.domain)</script>";

    /// <summary>What a zip bomb inflates to: far past any document, small enough to build in a moment.</summary>
    private const int BombMegabytes = 256;

    private static readonly Dictionary<string, Func<(byte[] Bytes, string Name)>> Makers = new()
    {
        ["gif-js"] = () => (GifWithScript(), "图标.gif"),
        ["jpeg-html"] = () => (JpegWithHtml(), "照片.jpg"),
        ["png-flood"] = () => (PngDeclaring(50_000, 50_000, withPixels: true), "flood.png"),
        ["jpeg-flood"] = () => (JpegDeclaring(60_000, 60_000), "flood.jpg"),
        ["gif-flood"] = () => (GifDeclaring(65_535, 65_535), "flood.gif"),
        ["svg-script"] = () => (Ascii($"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">{Script}</svg>"), "logo.svg"),
        ["html-as-jpg"] = () => (Ascii($"<!DOCTYPE html><html><body>{Script}</body></html>"), "photo.jpg"),
        ["zip-bomb"] = () => (Zip(("[Content_Types].xml", Ascii(ContentTypes)), ("word/document.xml", null)), "通知.docx"),
        ["ofd-bomb"] = () => (Zip(("OFD.xml", Ascii("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>")), ("Doc_0/Pages/Page_0/Content.xml", null)), "公文.ofd"),
        ["ofd-fake"] = () => (Zip(("Doc_0/Document.xml", Ascii("<Document/>"))), "公文.ofd"),
        ["ofd-traversal"] = () => (Zip(("OFD.xml", Ascii("<ofd:OFD/>")), ("../../evil.txt", Ascii("escaped"))), "公文.ofd"),
        ["ofd-exe"] = () => (Executable(), "公文.ofd"),
        ["ofd-html"] = () => (Ascii($"<html>{Script}</html>"), "公文.ofd"),
        ["pdf-js"] = () => (Ascii("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"), "公告.pdf"),
        ["empty"] = () => ([], "x.png"),
        ["truncated-png"] = () => (PngDeclaring(16, 16, withPixels: false), "cut.png"),
        ["docx-macro"] = () => (Zip(("[Content_Types].xml", Ascii(ContentTypes)), ("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0])), "宏.docx"),
        ["exe-as-pdf"] = () => (Executable(), "report.pdf"),
        ["nested-zip"] = () => (Zip(("inner.zip", Zip(("inner2.zip", Zip(("a.txt", Ascii("a"))))))), "套娃.docx"),
    };

    /// <summary>The case's file, named as an uploader would; throws when nobody taught this class to make it.</summary>
    public static (byte[] Bytes, string Name) For(HostileCase fileCase)
    {
        var name = (fileCase.Note ?? "").Split(':')[0].Trim();
        return Makers.TryGetValue(name, out var make)
            ? make()
            : throw new InvalidOperationException($"{fileCase.Id}: no file maker for \"{name}\" in HostileFiles.");
    }

    public static string NameOf(HostileCase fileCase) => (fileCase.Note ?? "").Split(':')[0].Trim();

    /// <summary>A harmless photo, for the hostile names.</summary>
    public static byte[] Photo(int width = 64, int height = 48) => Encode(width, height, SKEncodedImageFormat.Png);

    private const string ContentTypes =
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

    private static byte[] Ascii(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Executable() => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, .. "This program cannot be run in DOS mode"u8];

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(new SKColor(0x1B, 0x5E, 0x9E));
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A real 1×1 GIF whose comment block and tail are JavaScript and HTML: a picture and a page at once.</summary>
    private static byte[] GifWithScript()
    {
        var comment = Ascii("*/=alert(document.domain);/*");
        return [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF,
            0x21, 0xFE, (byte)comment.Length, .. comment, 0,
            0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B, .. Ascii($"\n<html>{Script}</html>")];
    }

    /// <summary>A tiny GIF whose screen and frame claim 65,535 × 65,535 pixels.</summary>
    private static byte[] GifDeclaring(int width, int height)
    {
        var w = BitConverter.GetBytes((ushort)width);
        var h = BitConverter.GetBytes((ushort)height);
        return [.. "GIF89a"u8, .. w, .. h, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF,
            0x2C, 0, 0, 0, 0, .. w, .. h, 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B];
    }

    /// <summary>A JPEG with HTML in a comment segment and a page appended after its end marker.</summary>
    private static byte[] JpegWithHtml()
    {
        var jpeg = Encode(32, 24, SKEncodedImageFormat.Jpeg);
        var html = Ascii($"<html>{Script}</html>");
        var length = (ushort)(html.Length + 2);
        return [.. jpeg[..2], 0xFF, 0xFE, (byte)(length >> 8), (byte)length, .. html, .. jpeg[2..],
            .. Ascii($"<!DOCTYPE html><html>{Script}</html>")];
    }

    /// <summary>A small real JPEG whose frame header (SOF) is rewritten to claim <paramref name="width"/> × <paramref name="height"/>.</summary>
    private static byte[] JpegDeclaring(int width, int height)
    {
        var jpeg = Encode(16, 16, SKEncodedImageFormat.Jpeg);
        for (var i = 2; i + 8 < jpeg.Length; i++)
        {
            if (jpeg[i] != 0xFF || jpeg[i + 1] is not (0xC0 or 0xC2)) continue;
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 5), (ushort)height);
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 7), (ushort)width);
            return jpeg;
        }
        throw new InvalidOperationException("The encoder wrote no frame header.");
    }

    /// <summary>A PNG claiming the given size: with one compressed row of pixels (the flood), or cut after its header.</summary>
    private static byte[] PngDeclaring(int width, int height, bool withPixels)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // RGB
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        if (!withPixels) return png.ToArray();
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(new byte[1 + width * 3]);
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>A zip of the given entries; an entry without bytes is the bomb: <see cref="BombMegabytes"/> of zeros.</summary>
    private static byte[] Zip(params (string Name, byte[]? Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                if (bytes is not null)
                {
                    entry.Write(bytes);
                    continue;
                }
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < BombMegabytes; i++) entry.Write(zeros);
            }
        }
        return buffer.ToArray();
    }
}
