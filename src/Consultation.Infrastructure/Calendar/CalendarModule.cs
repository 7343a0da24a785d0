using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Calendar;

public static class CalendarModule
{
    /// <summary>
    /// The working-day calendar: the cached <see cref="WorkingCalendarProvider"/> every legal clock asks, the loader of
    /// the official days run at start-up, and the back-office editor.
    /// </summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<WorkingCalendarProvider>();
        services.AddScoped<HolidayDataLoader>();
        services.AddScoped<BackOfficeCalendar>();
        return services;
    }
}
