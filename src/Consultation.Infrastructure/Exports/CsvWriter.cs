using System.Globalization;
using CsvHelper;

namespace Consultation.Infrastructure.Exports;

/// <summary>
/// Writes CSV that Excel opens correctly on a Chinese desktop: UTF-8 with a byte-order mark (without it Excel reads
/// the file as GBK and garbles every character), CRLF line ends and RFC 4180 quoting, through CsvHelper. Comment bodies
/// are typed by anyone, so a cell a spreadsheet would run as a formula (starting with = + - @ tab or CR) is
/// neutralised with a leading apostrophe (CSV injection). The apostrophe is put here, not by CsvHelper's
/// <see cref="CsvInjection.Escape"/>, because that also quotes the cell and every existing file would change.
/// </summary>
public static class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// RFC 4180 with the mark; rows may differ in length, as they could before the library.
    /// </summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        ValidateFieldCount = false,
    };

    /// <summary>What a spreadsheet runs as a formula when a cell starts with it (OWASP's list, CsvHelper's default).</summary>
    private static readonly System.Buffers.SearchValues<char> FormulaStarts =
        System.Buffers.SearchValues.Create(CsvWriterOptions.Default.InjectionCharacters);

    public static async Task WriteAsync(Stream output, IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct = default)
    {
        await using var csv = CsvHelper.CsvWriter.Create(output, Options, leaveOpen: true);
        await WriteRowAsync(csv, header, ct);
        foreach (var row in rows) await WriteRowAsync(csv, row, ct);
        await csv.FlushAsync(ct);
    }

    public static async Task<byte[]> ToBytesAsync(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows,
        CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, header, rows, ct);
        return buffer.ToArray();
    }

    /// <summary>One cell as the file holds it, neutralised and quoted when needed.</summary>
    public static string Cell(string? value)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = CsvHelper.CsvWriter.Create(text, Options with { WriteByteOrderMark = false }, leaveOpen: true);
        csv.WriteField(Neutralised(value));
        csv.Flush(); // the field, without the record's end that disposing would add
        return text.ToString();
    }

    private static async Task WriteRowAsync(CsvHelper.CsvWriter csv, IEnumerable<string?> cells, CancellationToken ct)
    {
        foreach (var cell in cells) csv.WriteField(Neutralised(cell));
        await csv.EndRecordAsync(ct);
    }

    private static string Neutralised(string? value) =>
        value is { Length: > 0 } text && FormulaStarts.Contains(text[0]) ? "'" + text : value ?? "";
}
