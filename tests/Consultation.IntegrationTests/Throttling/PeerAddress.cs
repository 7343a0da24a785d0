using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using System.Net;

namespace Consultation.IntegrationTests.Throttling;

/// <summary>
/// The test server has no socket, so no peer address: this startup filter, ahead of the site's whole pipeline, sets
/// the connection's address from <c>X-Test-Peer</c> as the TCP connection would.
/// </summary>
public sealed class PeerAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var peer)) http.Connection.RemoteIpAddress = peer;
            return nextMiddleware(http);
        });
        next(app);
    };
}
