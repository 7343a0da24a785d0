namespace Consultation.Web.Hosting;

/// <summary>The <c>Site</c> section: the identity every gov.cn site must show (网站标识码, ICP 备案号, 主办单位).</summary>
public sealed class SiteOptions
{
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string SiteCode { get; set; } = "";
    public string Icp { get; set; } = "";
    public string PublicSecurityRecord { get; set; } = "";
    public string Sponsor { get; set; } = "";
    public string SponsorEn { get; set; } = "";
    public string Contact { get; set; } = "";
    public int HomeItemsPerColumn { get; set; } = 6;
    public int ColumnPageSize { get; set; } = 20;

    /// <summary>
    /// Rows per page of the keyset-paged public lists other than columns: consultations, messages, policies, meetings,
    /// evaluations, responses.
    /// </summary>
    public int ListPageSize { get; set; } = 20;

    /// <summary>The list page size as used: at least one row, whatever the configuration says.</summary>
    public int ListPageRows => Math.Max(1, ListPageSize);

    /// <summary>
    /// Scheme and host the public reaches the site at, e.g. <c>https://gkzj.edu.shandong.gov.cn</c>: absolute links
    /// (feeds, records, downloads, open-data paging, mails) are built from it, never from the request's Host header,
    /// and in Production its host is the allowed host when <c>AllowedHosts</c> is left at <c>*</c>. Empty: the
    /// request's own origin (development and tests).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";
}
