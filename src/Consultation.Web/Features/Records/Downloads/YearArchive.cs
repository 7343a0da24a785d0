using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Consultation.Infrastructure.Exports;

namespace Consultation.Web.Features.Records.Downloads;

/// <summary>
/// Writes a <see cref="YearRecord"/> as the yearly ZIP: README.txt, <c>open-data-{year}.json</c> and one CSV per table
/// (UTF-8 with BOM through <see cref="CsvWriter"/>, formula defence included). Every entry carries the same fixed
/// time, so the same content always gives the same bytes and the same checksum: a rebuild after an unrelated change
/// does not look like a new file to anyone comparing checksums.
/// </summary>
public sealed class YearArchive(YearTables tables, RecordLabels labels)
{
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string JsonName(int year) => $"open-data-{year}.json";

    public const string ReadmeName = "README.txt";

    public async Task WriteAsync(YearRecord year, Stream output, CancellationToken ct)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await using (var readme = await Entry(zip, ReadmeName).OpenAsync(ct))
            await readme.WriteAsync(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DownloadReadme.Text)).ToArray(), ct);
        await using (var json = await Entry(zip, JsonName(year.Year)).OpenAsync(ct))
            await JsonSerializer.SerializeAsync(json, year, labels.Json, ct);
        foreach (var table in tables.Of(year))
        {
            await using var entry = await Entry(zip, $"{table.Name}.csv").OpenAsync(ct);
            await CsvWriter.WriteAsync(entry, table.Header, table.Rows, ct);
        }
    }

    private static ZipArchiveEntry Entry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        return entry;
    }
}
