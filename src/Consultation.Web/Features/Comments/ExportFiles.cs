using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Consultation.Infrastructure.Exports;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Comments;

/// <summary>Turns export rows into downloadable files; the CSV rules themselves live in <see cref="CsvWriter"/>.</summary>
public static class ExportFiles
{
    /// <summary>Readable Chinese in the file (no \u escapes), enum names as text, camelCase like the rest of the web.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public static async Task<FileContentResult> CsvAsync(string fileName, IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct) =>
        new(await CsvWriter.ToBytesAsync(header, rows, ct), CsvWriter.ContentType) { FileDownloadName = fileName };

    public static FileContentResult JsonFile(string fileName, object content) =>
        new(JsonSerializer.SerializeToUtf8Bytes(content, Json), "application/json; charset=utf-8")
        {
            FileDownloadName = fileName,
        };
}
