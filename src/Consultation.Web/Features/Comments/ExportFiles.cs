using System.Text.Json;
using Consultation.Infrastructure.Exports;
using Consultation.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Comments;

/// <summary>Turns export rows into downloadable files; the CSV rules themselves live in <see cref="CsvWriter"/>.</summary>
public static class ExportFiles
{
    /// <summary>Readable Chinese in the file (no \u escapes): the site's one <see cref="PublicJson"/> shape.</summary>
    public static readonly JsonSerializerOptions Json = PublicJson.Options;

    public static async Task<FileContentResult> CsvAsync(string fileName, IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct) =>
        new(await CsvWriter.ToBytesAsync(header, rows, ct), CsvWriter.ContentType) { FileDownloadName = fileName };

    public static FileContentResult JsonFile(string fileName, object content) =>
        new(JsonSerializer.SerializeToUtf8Bytes(content, Json), "application/json; charset=utf-8")
        {
            FileDownloadName = fileName,
        };
}
