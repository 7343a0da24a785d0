using Consultation.Core.Comments;
using Consultation.Infrastructure.Outbox;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Comments;

public static class CommentsModule
{
    /// <summary>Comment intake (queue and batching writer), receipts and exports; the receipt hasher is one per process (it holds the site key).</summary>
    public static IServiceCollection AddComments(this IServiceCollection services, IConfiguration configuration)
    {
        // Group commit: the form's requests queue here and one writer per node stores them in batches.
        services.AddOptions<CommentIntakeOptions>().Bind(configuration.GetSection(CommentIntakeOptions.Section));
        services.AddSingleton<CommentQueue>();
        services.AddScoped<ICommentBatchStore, CommentBatches>();
        services.AddOutboxHandler<IntakeCache>();
        services.AddHostedService<CommentWriter>();
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
