using System.Text;
using Consultation.Core;
using Consultation.Infrastructure.Media;
using DocumentFormat.OpenXml;

namespace Consultation.UnitTests.Media;

public sealed class DocumentInspectorTests
{
    private readonly DocumentInspector _inspector = new();

    [Fact]
    public void A_pdf_is_accepted()
    {
        Assert.Equal(InspectedDocument.Pdf, _inspector.Inspect(TestDocuments.Pdf()));
    }

    [Fact]
    public void A_word_document_is_accepted_after_opening_it_as_a_package()
    {
        Assert.Equal(InspectedDocument.Docx, _inspector.Inspect(TestDocuments.Docx()));
    }

    [Fact]
    public void An_excel_workbook_is_accepted_after_opening_it_as_a_package()
    {
        Assert.Equal(InspectedDocument.Xlsx, _inspector.Inspect(TestDocuments.Xlsx()));
    }

    [Fact]
    public void An_ofd_document_is_accepted()
    {
        Assert.Equal(InspectedDocument.Ofd, _inspector.Inspect(TestDocuments.Ofd()));
    }

    [Fact]
    public void A_macro_enabled_word_document_is_refused()
    {
        AssertRefused("media.refused_macro", TestDocuments.Docx(WordprocessingDocumentType.MacroEnabledDocument));
    }

    [Fact]
    public void A_macro_enabled_workbook_is_refused()
    {
        AssertRefused("media.refused_macro", TestDocuments.Xlsx(SpreadsheetDocumentType.MacroEnabledWorkbook));
    }

    [Fact]
    public void A_docx_with_a_vba_project_slipped_in_is_refused()
    {
        AssertRefused("media.refused_macro", TestDocuments.DocxWithSmuggledVbaProject());
    }

    [Fact]
    public void A_zip_that_is_not_a_document_is_refused()
    {
        AssertRefused("media.refused_zip", TestDocuments.PlainZip());
    }

    [Fact]
    public void Other_office_packages_are_refused()
    {
        AssertRefused("media.refused_office_type", TestDocuments.Pptx());
    }

    [Fact]
    public void A_zip_that_only_pretends_to_be_ooxml_is_refused_as_damaged()
    {
        AssertRefused("media.document_unreadable", TestDocuments.Zip(("[Content_Types].xml", "<Types/>")));
    }

    [Fact]
    public void A_damaged_zip_is_refused()
    {
        AssertRefused("media.document_unreadable", [.. TestDocuments.Docx()[..40], .. new byte[200]]);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("\uFEFF  <svg onload=\"alert(1)\"/>")]
    [InlineData("<!-- 图标 -->\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\"><svg/>")]
    public void Svg_is_refused(string svg)
    {
        AssertRefused("media.refused_svg", Encoding.UTF8.GetBytes(svg));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>")]
    [InlineData("\r\n<HTML><HEAD><TITLE>x</TITLE></HEAD></HTML>")]
    [InlineData("<script>fetch('/admin')</script>")]
    public void Html_is_refused(string html)
    {
        AssertRefused("media.refused_html", Encoding.UTF8.GetBytes(html));
    }

    [Fact]
    public void Utf16_html_is_refused_as_html()
    {
        AssertRefused("media.refused_html", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<html></html>")]);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'M', (byte)'Z', 0x90, 0x00, 0x03 })]
    [InlineData(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 0x02, 0x01 })]
    [InlineData(new byte[] { (byte)'#', (byte)'!', (byte)'/', (byte)'b', (byte)'i', (byte)'n', (byte)'/', (byte)'s', (byte)'h' })]
    [InlineData(new byte[] { 0xCF, 0xFA, 0xED, 0xFE, 0x07 })]
    public void Executables_and_scripts_are_refused(byte[] program)
    {
        AssertRefused("media.refused_executable", [.. program, .. new byte[64]]);
    }

    [Fact]
    public void An_html_file_with_a_pdf_header_further_in_is_not_a_pdf()
    {
        AssertRefused("media.refused_html", Encoding.ASCII.GetBytes("<html>\n%PDF-1.4\n</html>"));
    }

    [Fact]
    public void Anything_unrecognised_is_refused()
    {
        AssertRefused("media.refused_unknown", Encoding.UTF8.GetBytes("姓名,意见\n张三,同意\n"));
    }

    [Theory]
    [InlineData("<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>")]
    [InlineData("<< /AA << /O << /S /Launch /F (cmd.exe) >> >> >>")]
    [InlineData("<</JS(this.print())>>")]
    public void A_pdf_that_runs_a_script_or_a_program_when_opened_is_refused(string catalog)
    {
        AssertRefused("media.refused_pdf_script", Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj {catalog} endobj\n%%EOF\n"));
    }

    [Fact]
    public void A_pdf_name_that_only_starts_like_a_script_name_is_accepted()
    {
        Assert.Equal(InspectedDocument.Pdf,
            _inspector.Inspect(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /JSON 1 /JavaScriptless 2 >> endobj\n%%EOF\n")));
    }

    [Theory]
    [InlineData("../../evil.txt")]
    [InlineData("Doc_0/../../evil.txt")]
    [InlineData("/etc/cron.d/evil")]
    [InlineData("C:/Windows/evil.dll")]
    [InlineData("..\\..\\evil.txt")]
    public void A_package_whose_entry_climbs_out_of_its_folder_is_refused(string entry)
    {
        AssertRefused("media.refused_zip_paths", TestDocuments.Zip(("OFD.xml", "<ofd:OFD/>"), (entry, "x")));
    }

    [Fact]
    public void A_package_that_would_inflate_a_hundred_times_past_sixteen_megabytes_is_refused_before_it_is_opened()
    {
        AssertRefused("media.refused_zip_bomb", OfdWith("Doc_0/Content.xml", 32, System.IO.Compression.CompressionLevel.SmallestSize));
    }

    [Fact]
    public void A_package_past_sixteen_megabytes_that_hardly_expands_is_accepted()
    {
        Assert.Equal(InspectedDocument.Ofd,
            _inspector.Inspect(OfdWith("Doc_0/Res/scan.jpg", 17, System.IO.Compression.CompressionLevel.NoCompression)));
    }

    /// <summary>An OFD package with one more entry of <paramref name="megabytes"/> zeros, stored at <paramref name="level"/>.</summary>
    private static byte[] OfdWith(string entry, int megabytes, System.IO.Compression.CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var ofd = zip.CreateEntry("OFD.xml").Open()) ofd.Write("<ofd:OFD/>"u8);
            using var zeros = zip.CreateEntry(entry, level).Open();
            zeros.Write(new byte[megabytes * 1024 * 1024]);
        }
        return buffer.ToArray();
    }

    private void AssertRefused(string messageKey, byte[] upload)
    {
        var refused = Assert.Throws<DomainException>(() => _inspector.Inspect(upload));
        Assert.Equal(messageKey, refused.MessageKey);
    }
}
