namespace Consultation.Web.Features.Disclosure.Admin;

/// <summary>One line of an annual report table: its label, indentation, and counts (none for a heading line).</summary>
public sealed record AnnualReportLine(string Label, int Depth, IReadOnlyList<int> Counts);
