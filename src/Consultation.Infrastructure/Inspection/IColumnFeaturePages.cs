namespace Consultation.Infrastructure.Inspection;

/// <summary>
/// Which columns lead to a feature page (意见征集 to the consultation list, 依申请公开 to the request form …): such a
/// column shows the feature instead of articles and is never empty. The web layer knows the links and answers.
/// </summary>
public interface IColumnFeaturePages
{
    bool HasFeaturePage(string columnSlug);
}
