namespace Consultation.BrowserTests.Infrastructure;

/// <summary>A consultation a test made for itself, so it can move it on (close it, report on it) without touching the demo data.</summary>
public sealed record ArrangedConsultation(int Id, string Slug, string Title)
{
    public string PublicPath => $"/consultations/{Slug}";
}
