namespace Consultation.Core;

/// <summary>
/// The calendar day in Asia/Shanghai for rules that count days (publication dates, "not in the future"). China has
/// kept a fixed +08:00 offset since 1991, so no time-zone database is needed in the domain.
/// </summary>
public static class ShanghaiDay
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant a Shanghai clock shows <paramref name="time"/> on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), Offset);
}
