namespace Consultation.Core.Accounts;

/// <summary>
/// Rules for managing back-office accounts that ASP.NET Identity does not know about: an administrator never demotes
/// or locks themself out, and the site is never left without an administrator who can sign in. Each refusal throws a
/// <see cref="DomainException"/> whose key the web layer localises.
/// </summary>
public static class AccountRules
{
    public const int MinUserNameLength = 3;
    public const int MaxUserNameLength = 32;

    /// <summary>
    /// Lower-case ASCII letters, digits, '.', '_' and '-', starting with a letter. Narrower than Identity's default
    /// so names read the same in logs, the audit trail and URLs, and look-alike names cannot be made with case.
    /// </summary>
    public static string NormaliseUserName(string? userName)
    {
        var name = (userName ?? "").Trim();
        if (name.Length is < MinUserNameLength or > MaxUserNameLength
            || name[0] is not (>= 'a' and <= 'z')
            || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-'))
            throw new DomainException("users.name_invalid", MinUserNameLength, MaxUserNameLength);
        return name;
    }

    /// <summary>At least one role, and only the known back-office roles.</summary>
    public static IReadOnlySet<string> CheckRoles(IEnumerable<string>? roles)
    {
        var chosen = (roles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).ToHashSet(StringComparer.Ordinal);
        if (chosen.Count == 0) throw new DomainException("users.role_required");
        if (!chosen.All(BackOfficeRoles.All.Contains)) throw new DomainException("users.role_unknown");
        return chosen;
    }

    /// <summary>
    /// Refuses taking the Administrator role away from oneself, or from the last active administrator.
    /// <paramref name="otherActiveAdministrators"/> counts unlocked administrators other than the target.
    /// </summary>
    public static void CheckRoleChange(string actorId, string targetId, bool targetIsAdministrator,
        IReadOnlySet<string> newRoles, int otherActiveAdministrators)
    {
        if (!targetIsAdministrator || newRoles.Contains(BackOfficeRoles.Administrator)) return;
        if (actorId == targetId) throw new DomainException("users.self_demotion");
        if (otherActiveAdministrators == 0) throw new DomainException("users.last_administrator");
    }

    /// <summary>Refuses locking oneself, or locking the last active administrator.</summary>
    public static void CheckLock(string actorId, string targetId, bool targetIsAdministrator, int otherActiveAdministrators)
    {
        if (actorId == targetId) throw new DomainException("users.self_lock");
        if (targetIsAdministrator && otherActiveAdministrators == 0) throw new DomainException("users.last_administrator");
    }

    /// <summary>
    /// Reviewers (who approve what the public reads) and administrators (who make accounts) sign in with a second
    /// factor: a stolen password alone must not publish anything or grant access. Editors and auditors are not asked.
    /// </summary>
    public static bool RequiresSecondFactor(IEnumerable<string> roles) => roles.Any(r => r is BackOfficeRoles.Administrator
        or BackOfficeRoles.FirstReviewer or BackOfficeRoles.SecondReviewer or BackOfficeRoles.FinalReviewer);
}
