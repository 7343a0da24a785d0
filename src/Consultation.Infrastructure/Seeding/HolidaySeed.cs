using System.Text.Json;
using Consultation.Core.Calendar;

namespace Consultation.Infrastructure.Seeding;

/// <summary>One year's 国务院办公厅 放假调休 notice as stored in holidays-2023-2026.json: its holiday blocks and make-up days.</summary>
public sealed record HolidaySeed(int Year, string Notice, IReadOnlyList<HolidaySeed.Block> Blocks)
{
    /// <summary>A holiday from <see cref="From"/> to <see cref="To"/> inclusive and the weekend days worked for it.</summary>
    public sealed record Block(string Name, DateOnly From, DateOnly To, IReadOnlyList<DateOnly> Workdays, string? Note);

    public IEnumerable<CalendarDay> ToDays()
    {
        foreach (var block in Blocks)
        {
            for (var day = block.From; day <= block.To; day = day.AddDays(1))
                yield return CalendarDay.Create(day, CalendarDayKind.Holiday, block.Name);
            foreach (var day in block.Workdays)
                yield return CalendarDay.Create(day, CalendarDayKind.MakeUpWorkday, block.Name);
        }
    }

    public static IReadOnlyList<HolidaySeed> LoadAll(string json) =>
        JsonSerializer.Deserialize<List<HolidaySeed>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidOperationException("holidays-2023-2026.json is empty.");
}
