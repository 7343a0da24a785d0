using Consultation.Core.Identity;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Consultation.Web.Extensions;

public static class BackOfficeIdentityExtensions
{
    /// <summary>Identity for the back office: strong passwords, lockout after repeated failures, a strict cookie.</summary>
    public static IServiceCollection AddBackOfficeIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var lockout = configuration.GetSection("Identity:Lockout");
        services.AddIdentity<BackOfficeUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = configuration.GetValue("Identity:Password:RequiredLength", 12);
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 6;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = lockout.GetValue("MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(lockout.GetValue("Minutes", 15));
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ConsultationDbContext>()
            .AddDefaultTokenProviders();

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
            .AddPolicy(BackOfficePolicies.Administrator, p => p.RequireRole(BackOfficeRoles.Administrator));
        return services;
    }
}
