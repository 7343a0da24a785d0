using System.Net;
using System.Net.Sockets;

namespace Consultation.Web.Hosting.Throttling;

/// <summary>
/// The key every rate limit counts by: the visitor's address (the proxy's <c>X-Forwarded-For</c> once
/// <see cref="ReverseProxyOptions"/> trusts it), with IPv6 grouped by its /64, because one household or phone is handed a
/// whole /64 and could otherwise walk around any limit by rotating the low bits.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string PartitionOf(HttpContext http) => PartitionOf(http.Connection.RemoteIpAddress);

    public static string PartitionOf(IPAddress? address)
    {
        if (address is null) return Unknown;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
