using System.IO.Compression;
using Consultation.Core;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Consultation.Infrastructure.Media;

/// <summary>
/// Zip-based documents: OFD (a zip with OFD.xml at its root) and OOXML. A DOCX or XLSX must open with the Open XML
/// SDK and its main part must carry the plain document or workbook content type; macro-enabled packages are refused
/// however they are named, and so is any package holding a VBA project.
/// </summary>
internal static class OfficePackageInspector
{
    /// <summary>Real documents have tens or hundreds of entries; a zip with this many is not a document.</summary>
    /// <remarks>No part is ever parsed into memory here, so a small zip that inflates to gigabytes costs nothing.</remarks>
    private const int MaxEntries = 10_000;

    /// <summary>
    /// Above this many bytes inflated, a package must not expand more than <see cref="MaxExpansion"/> times: XML
    /// documents compress about 5–20 to 1, while a zip bomb reaches a thousand to one per layer. We never inflate a
    /// part ourselves, but the package reader does ([Content_Types].xml, relationships) and so does every reader's
    /// office program, so the sizes the archive declares are checked before anything opens it.
    /// </summary>
    private const long ExpansionFloorBytes = 16L * 1024 * 1024;

    private const int MaxExpansion = 100;

    private const string VbaProject = "application/vnd.ms-office.vbaProject";
    private const string WordDocument = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelWorkbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static InspectedDocument Inspect(byte[] upload)
    {
        using var stream = new MemoryStream(upload, writable: false);
        var names = EntryNames(stream);
        if (names.Contains("OFD.xml")) return InspectedDocument.Ofd;
        if (!names.Contains("[Content_Types].xml")) throw new DomainException("media.refused_zip");
        // A VBA project is refused wherever it sits, even in a package whose content types claim a plain .docx.
        if (names.Any(n => n.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
            throw new DomainException("media.refused_macro");

        // The SDK binds whatever the officeDocument relationship points at as the main part, whatever its type, so
        // the main part's content type — not which class opened the package — says what the package is.
        var word = Open(stream, s => WordprocessingDocument.Open(s, false));
        using (word)
        {
            var main = word.MainDocumentPart?.ContentType ?? "";
            if (IsMacroEnabled(main) || word.GetAllParts().Any(p => p.ContentType == VbaProject))
                throw new DomainException("media.refused_macro");
            if (main == WordDocument) return InspectedDocument.Docx;
            if (main != ExcelWorkbook) throw new DomainException("media.refused_office_type");
        }

        var excel = Open(stream, s => SpreadsheetDocument.Open(s, false));
        using (excel)
        {
            if (excel.WorkbookPart?.ContentType != ExcelWorkbook || excel.DocumentType != SpreadsheetDocumentType.Workbook)
                throw new DomainException("media.refused_office_type");
            return InspectedDocument.Xlsx;
        }
    }

    /// <summary>docm, dotm, xlsm, xltm, xlam, xlsb, pptm…: Microsoft marks every macro-capable main part so.</summary>
    private static bool IsMacroEnabled(string contentType) =>
        contentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> EntryNames(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries) throw new DomainException("media.refused_zip");
            var inflated = zip.Entries.Sum(e => e.Length);
            if (inflated > ExpansionFloorBytes && inflated > stream.Length * MaxExpansion)
                throw new DomainException("media.refused_zip_bomb", inflated / (1024 * 1024), stream.Length / 1024);
            // A name that climbs out of the folder it is unpacked into ("zip slip") is never part of a real document.
            if (zip.Entries.Any(e => EscapesItsFolder(e.FullName))) throw new DomainException("media.refused_zip_paths");
            return zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        }
        catch (InvalidDataException)
        {
            throw new DomainException("media.document_unreadable");
        }
    }

    private static bool EscapesItsFolder(string name)
    {
        var path = name.Replace('\\', '/');
        return path.StartsWith('/') || (path.Length > 1 && path[1] == ':') || path.Contains('\0')
               || path.Split('/').Any(segment => segment == "..");
    }

    /// <summary>A package the SDK cannot open is damaged; the editor is told so rather than shown a server error.</summary>
    private static T Open<T>(MemoryStream stream, Func<Stream, T> open) where T : OpenXmlPackage
    {
        stream.Position = 0;
        try
        {
            return open(stream);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException
                                      or System.Xml.XmlException or FileFormatException or InvalidOperationException)
        {
            throw new DomainException("media.document_unreadable");
        }
    }
}
