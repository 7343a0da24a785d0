namespace Consultation.Web.Hosting;

/// <summary>
/// The address a per-client limit counts against. One place, so that how addresses are read behind a proxy (and how
/// IPv6 addresses are grouped) changes for every limit that uses it at once.
/// </summary>
public static class ClientAddress
{
    public static string PartitionOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
