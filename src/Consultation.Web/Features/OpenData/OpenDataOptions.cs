namespace Consultation.Web.Features.OpenData;

/// <summary>The <c>OpenData</c> section: page sizes and the per-address rate limit.</summary>
public sealed class OpenDataOptions
{
    public int DefaultLimit { get; set; } = 50;

    public int MaxLimit { get; set; } = 500;

    /// <summary>Requests one address may make per window; generous for a crawler walking everything, tight for a flood.</summary>
    public int PermitLimit { get; set; } = 120;

    public int WindowSeconds { get; set; } = 60;
}
