using Consultation.Core.Comments;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Comments;

public static class CommentsModule
{
    /// <summary>Comment intake, receipts and exports; the receipt hasher is one per process (it holds the site key).</summary>
    public static IServiceCollection AddComments(this IServiceCollection services)
    {
        services.AddSingleton<ReceiptHasher>();
        services.AddSingleton<IReceiptHasher>(sp => sp.GetRequiredService<ReceiptHasher>());
        services.AddScoped<CommentIntake>();
        services.AddScoped<ReceiptLookup>();
        services.AddScoped<CommentExportQueries>();
        services.AddScoped<CommentModeration>();
        services.AddScoped<OfflineComments>();
        services.AddScoped<SensitiveWords>();
        services.AddSearchableKind<CommentSearch>();
        return services;
    }
}
