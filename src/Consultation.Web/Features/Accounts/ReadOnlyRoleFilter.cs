using Consultation.Core.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Consultation.Web.Features.Accounts;

/// <summary>
/// The auditor's role is read-only everywhere in the back office, whatever a future controller forgets to say: any
/// back-office request that is not a read (GET/HEAD) from someone whose only role is Auditor is forbidden before the
/// action runs. Signing in and out, and changing one's own password (<c>/admin/account</c>), are the exceptions. Roles add up, so an auditor who is also an editor may edit.
/// </summary>
public sealed class ReadOnlyRoleFilter : IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) return;
        if (!request.Path.StartsWithSegments("/admin")) return;
        if (request.Path.StartsWithSegments("/admin/login") || request.Path.StartsWithSegments("/admin/logout")
            || request.Path.StartsWithSegments("/admin/account")) return;
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true || !user.IsInRole(BackOfficeRoles.Auditor)) return;
        if (BackOfficeRoles.All.Any(r => r != BackOfficeRoles.Auditor && user.IsInRole(r))) return;
        context.Result = new ForbidResult();
    }
}
