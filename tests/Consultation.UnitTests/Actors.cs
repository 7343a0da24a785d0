using Consultation.Core.Accounts;

namespace Consultation.UnitTests;

/// <summary>Named people for workflow tests, one per role.</summary>
internal static class Actors
{
    public static readonly Actor Editor = Make("editor-1", BackOfficeRoles.Editor);
    public static readonly Actor OtherEditor = Make("editor-2", BackOfficeRoles.Editor);
    public static readonly Actor First = Make("first-1", BackOfficeRoles.FirstReviewer);
    public static readonly Actor Second = Make("second-1", BackOfficeRoles.SecondReviewer);
    public static readonly Actor Final = Make("final-1", BackOfficeRoles.FinalReviewer);
    public static readonly Actor Auditor = Make("auditor-1", BackOfficeRoles.Auditor);

    /// <summary>Someone holding every review role at once, to prove one person still cannot pass two stages.</summary>
    public static readonly Actor AllStages = Make("all-1", BackOfficeRoles.FirstReviewer, BackOfficeRoles.SecondReviewer,
        BackOfficeRoles.FinalReviewer);

    /// <summary>An editor who is also a reviewer, to prove authors never approve their own work.</summary>
    public static readonly Actor EditorReviewer = Make("editor-reviewer", BackOfficeRoles.Editor, BackOfficeRoles.FirstReviewer,
        BackOfficeRoles.SecondReviewer, BackOfficeRoles.FinalReviewer);

    public static Actor Make(string id, params string[] roles) => new(id, id, roles.ToHashSet());
}
