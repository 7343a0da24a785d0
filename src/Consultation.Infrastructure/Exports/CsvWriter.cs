using System.Text;

namespace Consultation.Infrastructure.Exports;

/// <summary>
/// Writes CSV that Excel opens correctly on a Chinese desktop: UTF-8 with a byte-order mark (without it Excel reads
/// the file as GBK and garbles every character), CRLF line ends and RFC 4180 quoting. Comment bodies are typed by
/// anyone, so a cell a spreadsheet would run as a formula is neutralised with a leading apostrophe (CSV injection).
/// </summary>
public static class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(Stream output, IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct = default)
    {
        // The mark is written by hand: StreamWriter skips the preamble on a seekable stream not at position 0.
        await output.WriteAsync(ByteOrderMark, ct);
        await using var writer = new StreamWriter(output, Utf8WithoutMark, bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(Line(header));
        foreach (var row in rows) await writer.WriteAsync(Line(row));
        await writer.FlushAsync(ct);
    }

    public static async Task<byte[]> ToBytesAsync(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows,
        CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, header, rows, ct);
        return buffer.ToArray();
    }

    /// <summary>One cell, neutralised and quoted when needed.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";
}
