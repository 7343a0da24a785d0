namespace Consultation.Infrastructure.Database;

/// <summary>A server-side secret shared by every node (e.g. the receipt HMAC key), created once on first use.</summary>
public sealed class SiteSecret
{
    public string Name { get; set; } = "";
    public byte[] Value { get; set; } = [];
}
