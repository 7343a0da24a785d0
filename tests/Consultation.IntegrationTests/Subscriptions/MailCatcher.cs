using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Consultation.IntegrationTests.Subscriptions;

/// <summary>
/// A real SMTP server in the test process (the <c>SmtpServer</c> package) on a free loopback port: the site sends to it
/// through MailKit as it would to a relay, and tests read what arrived. It can refuse the next few messages with a
/// temporary error, as a relay under load does.
/// </summary>
public sealed class MailCatcher : IDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private int _refuseNext;

    public MailCatcher()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _ = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => [.. _received];

    /// <summary>The site's <c>Mail</c> settings for this server; sending is driven by the tests, not by the timer.</summary>
    public Dictionary<string, string> SiteSettings() => new()
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:TlsMode"] = "None",
        ["Mail:FromAddress"] = "noreply@consultation.test",
        ["Mail:SiteAddress"] = "http://localhost",
        ["Mail:SendIntervalSeconds"] = "3600",
        ["Mail:FirstRetrySeconds"] = "60",
        ["Mail:MaxAttempts"] = "3",
        ["Subscriptions:WindowCheckIntervalSeconds"] = "3600",
        // Every test posts the form from the same test address; the limit itself is the captcha module's, tested there.
        ["PublicForms:RateLimit:PermitLimit"] = "1000",
    };

    /// <summary>The mail to <paramref name="address"/> so far, oldest first.</summary>
    public List<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    /// <summary>Answers the next <paramref name="count"/> messages with 451 (try again later).</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _refuseNext, count);

    public void Dispose()
    {
        _stop.Cancel();
        _server.Shutdown();
        _stop.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Store(MailCatcher catcher) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref catcher._refuseNext) >= 0)
                return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "try again later");
            Interlocked.Exchange(ref catcher._refuseNext, 0);
            await using var stream = new MemoryStream(buffer.ToArray());
            catcher._received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
