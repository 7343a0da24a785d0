namespace Consultation.Web.Features.Search.Admin;

/// <summary>A new synonym line: the term and its alternatives separated by commas or 、.</summary>
public sealed class SynonymForm
{
    public string? Term { get; set; }
    public string? Alternatives { get; set; }
}
