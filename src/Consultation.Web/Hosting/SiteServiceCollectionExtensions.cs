using Consultation.Infrastructure;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Features.Caching;
using Consultation.Web.Features.Captcha;
using Consultation.Web.Features.Catalog;
using Consultation.Web.Features.Comments;
using Consultation.Web.Features.Consultations;
using Consultation.Web.Features.Content;
using Consultation.Web.Features.Search;
using Consultation.Web.Features.Disclosure;
using Consultation.Web.Features.Feeds;
using Consultation.Web.Features.OpenData;
using Consultation.Web.Features.Operations;
using Consultation.Web.Features.Inspection;
using Consultation.Web.Features.Records;
using Consultation.Web.Hosting.Throttling;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Hosting;

public static class SiteServiceCollectionExtensions
{
    public static IServiceCollection AddConsultationSite(this IServiceCollection services, IConfiguration configuration,
        IWebHostEnvironment environment)
    {
        var siteRoot = configuration["Site:Root"] ?? environment.ContentRootPath;
        services.Configure<SiteOptions>(configuration.GetSection("Site"));
        services.AddConsultationInfrastructure(configuration, siteRoot);
        services.AddEdgeSecurity(configuration, environment);
        services.Configure<RequestLimitsOptions>(configuration.GetSection(RequestLimitsOptions.Section));
        // No single form value is larger than a whole ordinary form may be.
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
            o.ValueLengthLimit = (int)Math.Min(int.MaxValue, configuration.GetSection(RequestLimitsOptions.Section).Get<RequestLimitsOptions>()?.FormBytes ?? new RequestLimitsOptions().FormBytes));

        services.AddSingleton<StringCatalog>();
        services.AddSingleton<IStringLocalizerFactory, CatalogStringLocalizerFactory>();
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            string[] cultures = [StringCatalog.Chinese, StringCatalog.English];
            o.SetDefaultCulture(StringCatalog.Chinese).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new QueryStringRequestCultureProvider(), new OriginalQueryCultureProvider()];
        });

        services.AddSingleton<IConfigureOptions<MvcOptions>, BindingMessages>();
        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add<DomainExceptionFilter>();
                o.Filters.Add<ReadOnlyRoleFilter>();
                o.Filters.Add<ActionDoneFilter>();
                o.Filters.Add<UnreadableCheckboxValues>();
                o.ModelMetadataDetailsProviders.Add(new ValidationMessageKeys());
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

        return services
            .AddAccountsWeb(configuration)
            .AddCommentsWeb(configuration)
            .AddConsultationsWeb()
            .AddCatalogWeb()
            .AddContentWeb()
            .AddSearchWeb()
            .AddCaptchaWeb(configuration)
            .AddDisclosureWeb()
            .AddRecordsWeb()
            .AddInspectionWeb(configuration)
            .AddFeedsWeb()
            .AddOpenDataWeb(configuration)
            .AddOperationsWeb(configuration)
            .AddCachingWeb(configuration)
            .AddThrottlingWeb(configuration);
    }
}
