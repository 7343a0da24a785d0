using Consultation.Core.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Consultation.Web.Features.Accounts;

public static class AccountsWebModule
{
    public const string SignInRateLimitPolicy = "sign-in";

    /// <summary>
    /// The back office's sign-in cookie, its role policies, the sign-in throttle, and the fallback: an endpoint that
    /// names neither a policy nor <c>[AllowAnonymous]</c> is refused to everyone, so a forgotten attribute closes a page
    /// instead of opening it. A request that matches no endpoint at all passes on to the 404 page.
    /// </summary>
    public static IServiceCollection AddAccountsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/admin/login";
            o.LogoutPath = "/admin/logout";
            o.AccessDeniedPath = "/admin/denied";
            o.Cookie.Name = "consultation.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Elder-friendly: at least the 3 minutes the MIIT rules ask for, and sliding so active users stay in.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Identity:SessionMinutes", 60));
            o.SlidingExpiration = true;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(BackOfficePolicies.BackOffice, p => p.RequireRole(BackOfficeRoles.All))
            .AddPolicy(BackOfficePolicies.Editor, p => p.RequireRole(BackOfficeRoles.Editor, BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.Reviewer, p => p.RequireRole(BackOfficeRoles.FirstReviewer, BackOfficeRoles.SecondReviewer,
                BackOfficeRoles.FinalReviewer))
            .AddPolicy(BackOfficePolicies.Audit, p => p.RequireRole(BackOfficeRoles.Auditor, BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.Administrator, p => p.RequireRole(BackOfficeRoles.Administrator))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAssertion(c => c.Resource is HttpContext http && http.GetEndpoint() is null).Build());
        services.AddRateLimiter(o => o.AddPolicy<string, SignInRateLimit>(SignInRateLimitPolicy));
        return services;
    }
}
