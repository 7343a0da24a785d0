using System.Security.Claims;
using Consultation.Core.Accounts;

namespace Consultation.Web.Features.Accounts;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in back-office user as the domain sees them.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."),
        user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());
}
