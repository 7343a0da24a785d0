using System.Globalization;

namespace Consultation.Infrastructure.Catalog;

/// <summary>The <c>Catalog</c> section: the day by which a year's 目录 is published (Shandong rules: end of June).</summary>
public sealed class CatalogOptions
{
    /// <summary>Month and day as <c>MM-dd</c>.</summary>
    public string DueMonthDay { get; set; } = "06-30";

    public DateOnly DueOn(int year)
    {
        var parsed = DateOnly.ParseExact($"2000-{DueMonthDay.Trim()}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new DateOnly(year, parsed.Month, Math.Min(parsed.Day, DateTime.DaysInMonth(year, parsed.Month)));
    }
}
