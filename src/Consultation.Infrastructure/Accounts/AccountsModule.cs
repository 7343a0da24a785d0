using Consultation.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Accounts;

public static class AccountsModule
{
    /// <summary>
    /// Back-office accounts on ASP.NET Core Identity: strong passwords and lockout after repeated failures, from the
    /// <c>Identity</c> section; the sign-in cookie and the role policies are the web layer's.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
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
            .AddClaimsPrincipalFactory<DisplayNameClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<BackOfficeAccounts>();
        services.AddScoped<BackOfficeSignIn>();
        return services;
    }
}
