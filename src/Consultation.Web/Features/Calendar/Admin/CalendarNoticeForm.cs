namespace Consultation.Web.Features.Calendar.Admin;

/// <summary>What the "add a year's notice" form posts; the line rules live on <c>HolidayNotice</c>.</summary>
public sealed class CalendarNoticeForm
{
    public int? Year { get; set; }

    /// <summary>One holiday block or make-up working day per line, e.g. <c>2027-01-01..2027-01-03 元旦</c>.</summary>
    public string? Lines { get; set; }

    /// <summary>Replace the days already stored for the year instead of refusing the notice.</summary>
    public bool Replace { get; set; }
}
