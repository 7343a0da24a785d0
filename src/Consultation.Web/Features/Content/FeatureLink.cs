namespace Consultation.Web.Features.Content;

/// <summary>A link from a column to one of the site's feature pages, with the key of its localized label.</summary>
public sealed record FeatureLink(string Href, string LabelKey);
