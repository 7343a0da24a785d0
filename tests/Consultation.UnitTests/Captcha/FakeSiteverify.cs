using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consultation.UnitTests.Captcha;

/// <summary>
/// Google's <c>/recaptcha/api/siteverify</c> played by a real HTTP server on a loopback port, so the verifier is
/// tested over the wire without the internet. It answers whatever JSON the test sets and records each form posted.
/// </summary>
internal sealed class FakeSiteverify : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeSiteverify(WebApplication app) => _app = app;

    public string Answer { get; set; } = """{"success":false}""";

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Requests { get; } = new();

    /// <summary>The value for <c>Captcha:Recaptcha:Host</c>: scheme, loopback address and the port chosen by the OS.</summary>
    public string Host { get; private set; } = "";

    public static async Task<FakeSiteverify> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSiteverify(app);
        app.MapPost("/recaptcha/api/siteverify", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            fake.Requests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            context.Response.StatusCode = fake.StatusCode;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(fake.Answer);
        });
        await app.StartAsync();
        fake.Host = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return fake;
    }

    /// <summary>Sets the next answer in siteverify's own JSON shape.</summary>
    public void Answers(bool success = true, double? score = 0.9, string? action = "comment",
        string? hostname = "yjzj.example.gov.cn", DateTimeOffset? solvedAt = null, string[]? errorCodes = null)
    {
        var json = new Dictionary<string, object?> { ["success"] = success, ["hostname"] = hostname };
        if (score is not null) json["score"] = score;
        if (action is not null) json["action"] = action;
        if (solvedAt is not null) json["challenge_ts"] = solvedAt.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        if (errorCodes is not null) json["error-codes"] = errorCodes;
        Answer = JsonSerializer.Serialize(json);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
