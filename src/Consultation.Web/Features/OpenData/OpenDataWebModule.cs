using Consultation.Web.Hosting.Localization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Consultation.Web.Features.OpenData;

public static class OpenDataWebModule
{
    public const string CorsPolicy = "open-data";
    public const string RateLimitPolicy = "open-data";
    public const string DocsPath = "/open-data/api";

    /// <summary>The API's JSON, rate limit (section <c>OpenData</c>), CORS for GET from any origin, and its OpenAPI document.</summary>
    public static IServiceCollection AddOpenDataWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OpenDataOptions>(configuration.GetSection("OpenData"));
        services.AddSingleton<OpenDataJson>();
        services.AddRateLimiter(o => o.AddPolicy<string, OpenDataRateLimit>(RateLimitPolicy));
        // Any origin may read; no credentials, so no visitor's cookie ever rides along.
        services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET").WithExposedHeaders("ETag", "Link")));
        services.AddOpenApi("v1", o =>
        {
            // MVC pages are in ApiExplorer too; the document describes the API and nothing else.
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Open data · 开放数据";
                document.Info.Version = "v1";
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer((schema, context, _) =>
            {
                var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
                if (!CodedLabelConverter.Prefixes.ContainsKey(type)) return Task.CompletedTask;
                // Written by CodedLabelConverter: an object with a stable code and its Chinese label.
                schema.Type = JsonSchemaType.Object;
                schema.Enum = null;
                schema.Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = Enum.GetNames(type)
                        .Select(n => (System.Text.Json.Nodes.JsonNode)System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(n)).ToList() },
                    ["label"] = new OpenApiSchema { Type = JsonSchemaType.String },
                };
                schema.Required = new HashSet<string> { "code", "label" };
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and its reader at <see cref="DocsPath"/>, every asset from this site.</summary>
    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder endpoints)
    {
        // Public like the API it describes; named so the fallback policy (which refuses the unnamed) lets it through.
        endpoints.MapOpenApi().AllowAnonymous();
        endpoints.MapScalarApiReference(DocsPath, o =>
        {
            o.Title = "Open data · 开放数据";
            o.DefaultFonts = false;
            o.Telemetry = false;
            o.HideClientButton = true;
            o.OpenApiRoutePattern = "/openapi/{documentName}.json";
            // Nothing that would reach another host: no AI chat, no developer toolbar (SDK, deploy, share links).
            o.Agent = new ScalarAgentOptions { Disabled = true };
            o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
        }).AllowAnonymous();
        return endpoints;
    }
}
