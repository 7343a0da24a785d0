using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Seeding;
using Consultation.Web.Features.OpenData;
using Consultation.Web.Features.Operations;
using Microsoft.Net.Http.Headers;

namespace Consultation.Web.Hosting;

public static class SitePipelineExtensions
{
    /// <summary>Migrates the database, creates the first administrator and, in demo mode, seeds the notice's content.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<Consultation.Infrastructure.Calendar.HolidayDataLoader>().LoadIfEmptyAsync();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    public static WebApplication UseConsultationPipeline(this WebApplication app)
    {
        // SiteRoot makes the web root's file provider, so the host does not dispose it; without this every stopped
        // host (each test site) would keep its file watcher, one of the user's few inotify instances, open.
        app.Lifetime.ApplicationStopped.Register(() => (app.Environment.WebRootFileProvider as IDisposable)?.Dispose());
        app.UseForwardedEdge();
        // The same quiet error pages in every environment: nothing about the server leaks to the reader.
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseEdgeSecurity();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
            {
                // Links carry asp-append-version hashes, so assets can be cached for a year.
                var versioned = ctx.Context.Request.Query.ContainsKey("v");
                ctx.Context.Response.Headers[HeaderNames.CacheControl] =
                    versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600";
            },
        });
        app.UseRequestLocalization();
        app.UseRouting();
        // After routing, so the body limit is the endpoint's own; before anything reads the body or the query.
        app.UseMiddleware<RequestGuard>();
        app.UseCors();
        // After localisation (entries vary by culture) and before authentication and the rate limiter, so a cached
        // page costs neither a cookie decryption nor a limiter slot.
        app.UseOutputCache();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapConsultationEndpoints(this WebApplication app)
    {
        app.MapControllers();
        app.MapOpenData();
        app.MapOperations();
        return app;
    }
}
