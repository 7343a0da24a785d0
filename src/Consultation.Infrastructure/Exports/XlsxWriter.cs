using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Consultation.Infrastructure.Exports;

/// <summary>
/// Writes a plain Office Open XML workbook (DocumentFormat.OpenXml): text as inline strings, numbers as numbers, so
/// the department can paste the tables into its annual report or sum them in Excel/WPS. Text cells starting like a
/// formula are written as text anyway: nothing typed on the site ever becomes a formula.
/// </summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel refuses tab names over 31 characters or with these characters.</summary>
    private static readonly char[] ForbiddenInSheetName = ['\\', '/', '?', '*', '[', ']', ':'];

    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(Data(sheet.Rows));
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(sheet.Name) });
            }
            workbook.Workbook.Save();
        }
        return buffer.ToArray();
    }

    private static SheetData Data(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                var cell = CellOf(rows[r][c]);
                if (cell is null) continue;
                cell.CellReference = $"{Column(c)}{r + 1}";
                row.Append(cell);
            }
            data.Append(row);
        }
        return data;
    }

    private static Cell? CellOf(object? value) => value switch
    {
        null => null,
        int or long or decimal => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        },
        _ => new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")
            {
                Space = SpaceProcessingModeValues.Preserve,
            }),
        },
    };

    /// <summary>A, B, … Z, AA, AB …</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static string SheetName(string name)
    {
        var cleaned = new string(name.Where(c => !ForbiddenInSheetName.Contains(c)).ToArray()).Trim();
        if (cleaned.Length == 0) cleaned = "Sheet";
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }
}
