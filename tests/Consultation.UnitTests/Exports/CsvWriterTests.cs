using System.Text;
using Consultation.Infrastructure.Exports;

namespace Consultation.UnitTests.Exports;

public sealed class CsvWriterTests
{
    private static async Task<byte[]> Write(params string?[][] rows) =>
        await CsvWriter.ToBytesAsync(["编号", "意见内容"], rows);

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

    [Fact]
    public async Task File_starts_with_the_utf8_byte_order_mark_so_Excel_reads_Chinese()
    {
        var bytes = await Write(["1", "建议增加家长参与条款"]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("编号,意见内容\r\n1,建议增加家长参与条款\r\n", Text(bytes));
    }

    [Fact]
    public async Task Byte_order_mark_is_written_even_when_the_stream_already_holds_data()
    {
        using var stream = new MemoryStream();
        stream.WriteByte((byte)'x');

        await CsvWriter.WriteAsync(stream, ["a"], []);

        Assert.Equal(new byte[] { (byte)'x', 0xEF, 0xBB, 0xBF, (byte)'a', 13, 10 }, stream.ToArray());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\r=1", "\"'\r=1\"")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Cell(value));

    [Theory]
    [InlineData("第一条，建议修改", "第一条，建议修改")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("他说\"好\"", "\"他说\"\"好\"\"\"")]
    [InlineData("两行\n意见", "\"两行\n意见\"")]
    [InlineData("1+1=2", "1+1=2")]
    [InlineData(null, "")]
    public void Cells_are_quoted_only_when_needed(string? value, string expected) =>
        Assert.Equal(expected, CsvWriter.Cell(value));
}
