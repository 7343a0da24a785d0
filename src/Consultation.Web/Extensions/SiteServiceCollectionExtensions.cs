using Consultation.Web.Policies;
using Consultation.Web.Evaluations;
using Consultation.Infrastructure.WorkPoints;
using Consultation.Web.Meetings;
using Consultation.Web.Catalog;
using Consultation.Infrastructure.Captcha;
using Consultation.Infrastructure.Content;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Identity;
using Consultation.Infrastructure.Markdown;
using Consultation.Infrastructure.Seeding;
using Consultation.Web.Consultations;
using Consultation.Web.Localization;
using Consultation.Infrastructure.Publishing;
using Consultation.Web.Publishing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Extensions;

public static class SiteServiceCollectionExtensions
{
    public static IServiceCollection AddConsultationSite(this IServiceCollection services, IConfiguration configuration,
        IWebHostEnvironment environment)
    {
        var siteRoot = configuration["Site:Root"] ?? environment.ContentRootPath;
        services.Configure<SiteOptions>(configuration.GetSection("Site"));
        services.Configure<SeedOptions>(configuration.GetSection("Seed"));
        services.AddSingleton(TimeProvider.System);
        services.AddConsultationDatabase(configuration, siteRoot);
        services.AddDataProtection().SetApplicationName("Consultation").PersistKeysToDbContext<ConsultationDbContext>();
        services.AddBackOfficeIdentity(configuration);
        services.AddMediaLibrary(configuration, siteRoot);
        services.AddCaptcha(configuration);

        services.AddSingleton<StringCatalog>();
        services.AddSingleton<IStringLocalizerFactory, CatalogStringLocalizerFactory>();
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            string[] cultures = [StringCatalog.Chinese, StringCatalog.English];
            o.SetDefaultCulture(StringCatalog.Chinese).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new QueryStringRequestCultureProvider()];
        });

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add<DomainExceptionFilter>();
                o.Filters.Add<ReadOnlyRoleFilter>();
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization()
            .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "consultation.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });

        // Encode only what HTML needs encoded; Chinese text stays readable in the page source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<PublicContentQueries>();
        services.AddScoped<BackOfficeContentQueries>();
        services.AddPublicConsultations(configuration);
        services.AddDecisionCatalog(configuration);
        services.AddPolicyDocuments(configuration);
        services.AddPolicyEvaluations(configuration);
        services.AddScoped<WorkPointBoard>();
        services.AddMeetings();
        services.AddScoped<AuditLogQueries>();
        services.AddScoped<ReviewQueueQueries>();
        services.AddScoped<BackOfficeAccounts>();
        services.AddScoped<BackOfficeColumns>();
        services.AddConsultationBackOffice(configuration);
        services.AddWorkingCalendar();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DecidedConsultationSeeder>();
        services.TryAddSingleton<ICredentialsAnnouncer, ConsoleCredentialsAnnouncer>();
        services.AddScoped<ScheduledPublisher>();
        services.AddHostedService<ScheduledPublishingService>();
        return services;
    }
}
