using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Accounts;

/// <summary>
/// Puts the account's display name (演示编辑, not the sign-in name "editor") into the sign-in cookie, so the header,
/// the audit rows and every <c>Actor</c> name the person as colleagues know them.
/// </summary>
public sealed class DisplayNameClaimsFactory(UserManager<BackOfficeUser> users, RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<BackOfficeUser, IdentityRole>(users, roles, options)
{
    public const string ClaimType = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(BackOfficeUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimType, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName ?? ""));
        return identity;
    }
}
