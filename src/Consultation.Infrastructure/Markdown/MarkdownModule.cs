using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Markdown;

public static class MarkdownModule
{
    /// <summary>The one Markdown renderer (raw HTML disabled, output sanitised) every feature uses.</summary>
    public static IServiceCollection AddMarkdown(this IServiceCollection services)
    {
        services.AddSingleton<MarkdownRenderer>();
        return services;
    }
}
