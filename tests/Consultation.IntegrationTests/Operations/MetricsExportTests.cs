using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Operations;

/// <summary>
/// With an OTLP endpoint configured the site exports its metrics there: a small HTTP collector in the test receives
/// the requests count from ASP.NET Core and the site's own gauges. Without one nothing is sent.
/// </summary>
public sealed class MetricsExportTests
{
    [Fact]
    public async Task Metrics_reach_a_configured_otlp_collector_with_requests_and_the_site_s_vital_signs()
    {
        var port = FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new ConcurrentQueue<string>();
        var listening = ListenAsync(collector, received);
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite(), settings: new()
        {
            ["OpenTelemetry:Endpoint"] = $"http://127.0.0.1:{port}/v1/metrics",
            ["OpenTelemetry:Protocol"] = "http/protobuf",
            ["OpenTelemetry:ExportIntervalSeconds"] = "0.5",
        });

        var page = await site.CreatePlainClient().GetAsync("/");
        string all = "";
        for (var i = 0; i < 60 && !(all.Contains("http.server.request.duration") && all.Contains("consultation.outbox.lag")); i++)
        {
            await Task.Delay(250);
            all = string.Join("\n", received);
        }

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("http.server.request.duration", all);
        Assert.Contains("consultation.outbox.lag", all);
        Assert.Contains("consultation.mail.queued", all);
        Assert.Contains("consultation.intake.queue", all);
        collector.Stop();
        await listening;
    }

    private static async Task ListenAsync(HttpListener collector, ConcurrentQueue<string> received)
    {
        while (collector.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await collector.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            // Protobuf keeps names as plain UTF-8, which is all this test looks for.
            received.Enqueue($"{context.Request.Url?.AbsolutePath} {Encoding.UTF8.GetString(body.ToArray())}");
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
