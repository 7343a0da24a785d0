using Consultation.Infrastructure.Calendar;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consultation.Web.Extensions;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// The working-day calendar: the cached <see cref="WorkingCalendarProvider"/> every legal clock asks, the loader of
    /// the official days run at start-up, and the back-office editor.
    /// </summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkingCalendarProvider>();
        services.TryAddScoped<HolidayDataLoader>();
        services.TryAddScoped<BackOfficeCalendar>();
        return services;
    }
}
