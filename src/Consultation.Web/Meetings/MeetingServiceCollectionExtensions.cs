using Consultation.Infrastructure.Meetings;

namespace Consultation.Web.Meetings;

public static class MeetingServiceCollectionExtensions
{
    /// <summary>Meetings with public attendance: back-office editing and 三审, and the public reads without contacts.</summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddScoped<BackOfficeMeetings>();
        services.AddScoped<PublicMeetings>();
        return services;
    }
}
