using Microsoft.AspNetCore.Identity;

namespace Consultation.Infrastructure.Accounts;

/// <summary>A back-office account (editor, reviewer, auditor, administrator).</summary>
public sealed class BackOfficeUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
