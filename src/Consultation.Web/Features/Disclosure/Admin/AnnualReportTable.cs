namespace Consultation.Web.Features.Disclosure.Admin;

/// <summary>One table of the annual report, as shown on the page and written to the workbook.</summary>
public sealed record AnnualReportTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<AnnualReportLine> Lines)
{
    /// <summary>The table as workbook rows: caption, header, then each line's label and counts.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows =>
    [
        [Caption],
        [.. Header],
        .. Lines.Select(l => (IReadOnlyList<object?>)[new string('　', l.Depth) + l.Label, .. l.Counts.Cast<object?>()]),
    ];
}
