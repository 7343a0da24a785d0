namespace Consultation.Web.Features.Accounts;

/// <summary>Authorization policy names for the back office.</summary>
public static class BackOfficePolicies
{
    public const string BackOffice = "BackOffice";
    public const string Editor = "Editor";
    public const string Reviewer = "Reviewer";
    public const string Audit = "Audit";
    public const string Administrator = "Administrator";
}
