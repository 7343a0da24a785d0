using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Media;

public static class MediaModule
{
    /// <summary>
    /// The media library: options from the <c>Media</c> section, files under <c>{site root}/App_Data/media</c> unless
    /// <c>Media:Root</c> says otherwise. Limits are checked at start-up so a typo fails loudly, not at first upload.
    /// </summary>
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration,
        string siteRoot)
    {
        services.AddOptions<MediaOptions>()
            .Bind(configuration.GetSection(MediaOptions.Section))
            .PostConfigure(o => o.Root = Path.GetFullPath(
                string.IsNullOrWhiteSpace(o.Root) ? Path.Combine("App_Data", "media") : o.Root, siteRoot))
            .Validate(o => o.MaxUploadBytes > 0 && o.MaxImagePixels > 0, "Media limits must be positive.")
            .Validate(o => o.EffectiveVariantWidths.All(w => w is > 0 and <= 10_000), "Media:VariantWidths must be 1–10000.")
            .Validate(o => o.JpegQuality is >= 1 and <= 100 && o.WebpQuality is >= 1 and <= 100, "Media qualities are 1–100.")
            .ValidateOnStart();
        services.AddSingleton<ImageProcessor>();
        services.AddSingleton<DocumentInspector>();
        services.AddSingleton<MediaFileStore>();
        services.AddScoped<MediaLibrary>();
        return services;
    }
}
