namespace Consultation.Infrastructure.Exports;

/// <summary>One worksheet: its tab name and rows of cells, each a string, a whole number or null (empty).</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);
