namespace Consultation.Core.Accounts;

/// <summary>The signed-in person performing an action, as the domain sees them.</summary>
public sealed record Actor(string UserId, string DisplayName, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public bool CanEdit => IsIn(BackOfficeRoles.Editor) || IsIn(BackOfficeRoles.Administrator);

    /// <summary>Refuses anyone who may not write content; the one check every editable aggregate uses.</summary>
    public void EnsureCanEdit()
    {
        if (!CanEdit) throw new DomainException("article.edit_requires_editor");
    }
}
