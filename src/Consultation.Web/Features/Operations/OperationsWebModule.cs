using Consultation.Infrastructure.Operations;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;

namespace Consultation.Web.Features.Operations;

public static class OperationsWebModule
{
    public const string LivenessPath = "/health/live";
    public const string ReadinessPath = "/health/ready";

    /// <summary>
    /// Metrics leave over OTLP only when an endpoint is configured (<c>OpenTelemetry:Endpoint</c>, or the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>): requests from ASP.NET Core's own meters, and the site's meter.
    /// </summary>
    public static IServiceCollection AddOperationsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["OpenTelemetry:Endpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint)) return services;
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SiteMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
                "Microsoft.AspNetCore.RateLimiting")
            .AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = new Uri(endpoint);
                // gRPC (port 4317) unless the collector takes OTLP over HTTP (port 4318, full /v1/metrics URL).
                if (configuration["OpenTelemetry:Protocol"] is "http/protobuf") exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds =
                    (int)(1000 * Math.Max(0.1, configuration.GetValue("OpenTelemetry:ExportIntervalSeconds", 60.0)));
            }));
        return services;
    }

    /// <summary>
    /// Liveness answers as long as the process serves requests (no checks: a slow database must not get the node
    /// restarted); readiness runs every check and answers 503 when the node cannot serve the record.
    /// </summary>
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthJson.WriteAsync,
        }).AllowAnonymous().DisableRateLimiting();
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(OperationsModule.ReadinessTag),
            ResponseWriter = HealthJson.WriteAsync,
        }).AllowAnonymous().DisableRateLimiting();
        return endpoints;
    }
}
