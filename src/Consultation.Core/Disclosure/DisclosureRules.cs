namespace Consultation.Core.Disclosure;

/// <summary>
/// The legal clocks of 依申请公开 under the 2019 政府信息公开条例, bound from the <c>Disclosure</c> section and counted on
/// the editable working-day calendar, never written as literals elsewhere.
/// </summary>
public sealed record DisclosureRules
{
    /// <summary>Art.33: reply within 20 working days of receipt.</summary>
    public int ReplyWorkingDays { get; init; } = 20;

    /// <summary>Art.33: one extension of at most 20 working days, with the office head's consent and a reason.</summary>
    public int MaxExtensionWorkingDays { get; init; } = 20;

    /// <summary>Art.32/33: time spent consulting a third party is not counted; the third party has 15 working days.</summary>
    public int MaxThirdPartyWorkingDays { get; init; } = 15;

    /// <summary>Art.30: a correction must be asked for, once and completely, within 7 working days of receipt.</summary>
    public int CorrectionNoticeWorkingDays { get; init; } = 7;

    /// <summary>Art.30 leaves the correction period to the department ("合理的补正期限"); this is the one it gives.</summary>
    public int CorrectionPeriodWorkingDays { get; init; } = 15;

    /// <summary>Working days left at which the dashboard starts to warn.</summary>
    public int DueSoonWorkingDays { get; init; } = 5;

    /// <summary>Days after a request is closed that the requester's name and contact details are kept, then purged.</summary>
    public int ContactRetentionDays { get; init; } = 730;

    /// <summary>Art.49: the annual report is published by 31 January; month and day as <c>MM-dd</c>.</summary>
    public string AnnualReportDueMonthDay { get; init; } = "01-31";

    /// <summary>Days before that due day from which the dashboard reminds.</summary>
    public int AnnualReportReminderDays { get; init; } = 31;

    /// <summary>The report year and due day the dashboard reminds of on <paramref name="today"/>, or null outside the window.</summary>
    public (int Year, DateOnly DueOn)? AnnualReportReminder(DateOnly today)
    {
        var monthDay = DateOnly.ParseExact($"2000-{AnnualReportDueMonthDay.Trim()}", "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture);
        foreach (var year in new[] { today.Year, today.Year + 1 })
        {
            var due = new DateOnly(year, monthDay.Month, Math.Min(monthDay.Day, DateTime.DaysInMonth(year, monthDay.Month)));
            if (today <= due && today >= due.AddDays(-AnnualReportReminderDays)) return (year - 1, due);
        }
        return null;
    }
}
