namespace Consultation.Web.Hosting;

/// <summary>
/// A required tick placed in a form whose move cannot be undone (<c>Shared/_AsksFirst</c>): <paramref name="Id"/> is unique
/// on the page, <paramref name="StatementKey"/> names what the person confirms in the string catalogue.
/// </summary>
public sealed record AsksFirst(string Id, string StatementKey);
