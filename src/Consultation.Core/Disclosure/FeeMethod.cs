namespace Consultation.Core.Disclosure;

/// <summary>
/// Whether and how a 信息处理费 is charged (国办函〔2020〕109号). Providing information is free (条例 Art.42) unless the
/// number or frequency of requests clearly exceeds a reasonable range; then the office charges by count or by pages.
/// </summary>
public enum FeeMethod
{
    /// <summary>不收费.</summary>
    None = 0,
    /// <summary>按件计收: by the requester's number of requests in the calendar month.</summary>
    ByCount = 1,
    /// <summary>按量计收: by the pages of this reply.</summary>
    ByPages = 2,
}
