namespace Consultation.Core.Catalog;

/// <summary>The kinds of the site's own records a catalog slot can point at.</summary>
public enum SiteRecordKind
{
    Consultation = 0,
    Decision = 1,
    FeedbackReport = 2,
    Meeting = 3,
    Article = 4,
}
