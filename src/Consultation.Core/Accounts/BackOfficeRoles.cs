namespace Consultation.Core.Accounts;

/// <summary>The back-office roles. Names are stored in the database, so they never change.</summary>
public static class BackOfficeRoles
{
    public const string Administrator = "Administrator";
    /// <summary>编辑 (author).</summary>
    public const string Editor = "Editor";
    /// <summary>初审.</summary>
    public const string FirstReviewer = "FirstReviewer";
    /// <summary>复审.</summary>
    public const string SecondReviewer = "SecondReviewer";
    /// <summary>终审把关.</summary>
    public const string FinalReviewer = "FinalReviewer";
    /// <summary>审计 (read-only).</summary>
    public const string Auditor = "Auditor";

    public static IReadOnlyList<string> All { get; } =
        [Administrator, Editor, FirstReviewer, SecondReviewer, FinalReviewer, Auditor];
}
