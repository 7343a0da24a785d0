namespace Consultation.Web.Hosting;

/// <summary>
/// The <c>ReverseProxy</c> section: the proxies whose <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> are believed.
/// None by default, so a visitor cannot choose their own address by sending the header; list the proxy's address
/// (<c>KnownProxies</c>) or its network in CIDR form (<c>KnownNetworks</c>, e.g. <c>10.0.0.0/8</c>).
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    public string[] KnownProxies { get; set; } = [];
    public string[] KnownNetworks { get; set; } = [];
}
