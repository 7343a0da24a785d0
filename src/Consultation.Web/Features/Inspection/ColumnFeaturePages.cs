using Consultation.Infrastructure.Inspection;
using Consultation.Web.Features.Content;

namespace Consultation.Web.Features.Inspection;

/// <summary>Tells the self-check which columns lead to a feature page, from the links the public site shows.</summary>
public sealed class ColumnFeaturePages : IColumnFeaturePages
{
    public bool HasFeaturePage(string columnSlug) => ColumnFeatureLinks.For(columnSlug).Count > 0;
}
