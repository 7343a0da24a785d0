namespace Consultation.Web.Hosting.Throttling;

/// <summary>
/// The <c>Throttling</c> section: a ceiling per address on every request the site answers dynamically, a ceiling for the
/// whole site (what one node will serve before refusing, so a flood degrades into 429s rather than a dead site), and the
/// allowance for receipt-code lookups and exports, which are cheap to ask and expensive to answer or to guess.
/// A limit of 0 switches that ceiling off.
/// </summary>
public sealed class ThrottlingOptions
{
    public const string Section = "Throttling";

    public int PerAddressPermitLimit { get; set; } = 600;
    public int PerAddressWindowSeconds { get; set; } = 60;
    public int SitePermitLimit { get; set; } = 5000;
    public int SiteWindowSeconds { get; set; } = 10;
    public int LookupPermitLimit { get; set; } = 60;
    public int LookupWindowSeconds { get; set; } = 600;
}
