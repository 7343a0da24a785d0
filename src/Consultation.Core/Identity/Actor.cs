namespace Consultation.Core.Identity;

/// <summary>The signed-in person performing an action, as the domain sees them.</summary>
public sealed record Actor(string UserId, string DisplayName, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public bool CanEdit => IsIn(BackOfficeRoles.Editor) || IsIn(BackOfficeRoles.Administrator);
}
