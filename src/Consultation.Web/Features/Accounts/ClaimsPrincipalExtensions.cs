using System.Security.Claims;
using Consultation.Core.Accounts;
using Consultation.Infrastructure.Accounts;

namespace Consultation.Web.Features.Accounts;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in back-office user as the domain sees them.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."),
        user.DisplayName(),
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());

    /// <summary>The name colleagues know the person by; the sign-in name for a cookie issued before display names.</summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaimsFactory.ClaimType) ?? user.Identity?.Name ?? "";
}
