namespace Consultation.Web.Features.Content;

/// <summary>
/// The feature pages (consultation list, decision catalog, policies…) a column leads to. Columns hold articles, but a
/// reader who opens 意见征集 or 年度决策事项目录 expects the live list, not an empty folder; these links put it first.
/// </summary>
public static class ColumnFeatureLinks
{
    private static readonly FeatureLink Consultations = new("/consultations", "feature.consultations");
    private static readonly FeatureLink Catalog = new("/catalog", "feature.catalog");
    private static readonly FeatureLink Meetings = new("/meetings", "feature.meetings");
    private static readonly FeatureLink Policies = new("/policies", "feature.policies");
    private static readonly FeatureLink Evaluations = new("/evaluations", "feature.evaluations");
    private static readonly FeatureLink WorkPoints = new("/work-points", "feature.work_points");
    private static readonly FeatureLink Disclosure = new("/disclosure", "feature.disclosure");
    private static readonly FeatureLink Messages = new("/messages", "feature.messages");
    private static readonly FeatureLink Responses = new("/responses", "feature.responses");

    private static readonly Dictionary<string, FeatureLink[]> BySlug = new(StringComparer.Ordinal)
    {
        ["consultations"] = [Consultations],
        ["major-decisions"] = [Catalog, Meetings, Consultations],
        ["decision-catalog"] = [Catalog],
        ["policy-documents"] = [Policies],
        ["policy-interpretation"] = [Policies, Evaluations],
        ["policy-evaluations"] = [Evaluations],
        ["work-points"] = [WorkPoints],
        ["disclosure-on-request"] = [Disclosure],
        ["messages"] = [Messages],
        ["responses"] = [Responses],
    };

    public static IReadOnlyList<FeatureLink> For(string slug) => BySlug.GetValueOrDefault(slug) ?? [];
}
