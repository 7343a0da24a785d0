using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Consultation.UnitTests.Media;

/// <summary>Documents and impostors made in the test with the Open XML SDK and plain zips.</summary>
internal static class TestDocuments
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Docx(WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Word.Document(new Word.Body(new Word.Paragraph(new Word.Run(new Word.Text("征求意见稿")))));
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(SpreadsheetDocumentType type = SpreadsheetDocumentType.Workbook)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, type))
        {
            var book = workbook.AddWorkbookPart();
            var sheet = book.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Spreadsheet.Worksheet(new Spreadsheet.SheetData());
            book.Workbook = new Spreadsheet.Workbook(new Spreadsheet.Sheets(new Spreadsheet.Sheet
            {
                Id = book.GetIdOfPart(sheet), SheetId = 1, Name = "意见汇总",
            }));
        }
        return stream.ToArray();
    }

    public static byte[] Pptx()
    {
        using var stream = new MemoryStream();
        using (var deck = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            deck.AddPresentationPart().Presentation = new DocumentFormat.OpenXml.Presentation.Presentation();
        }
        return stream.ToArray();
    }

    /// <summary>A plain .docx with a VBA project slipped in next to the document, content types untouched.</summary>
    public static byte[] DocxWithSmuggledVbaProject() => AddEntry(Docx(), "word/vbaProject.bin", [0xCC, 0x61, 0x00]);

    public static byte[] Ofd() => Zip(("OFD.xml", "<?xml version=\"1.0\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"),
        ("Doc_0/Document.xml", "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"));

    public static byte[] PlainZip() => Zip(("readme.txt", "不是文档"), ("run.bat", "echo hi"));

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        return stream.ToArray();
    }

    private static byte[] AddEntry(byte[] package, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }
        return stream.ToArray();
    }
}
