using Consultation.Infrastructure.Review;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Meetings;

public static class MeetingsModule
{
    /// <summary>Meetings with public attendance: back-office editing and the public reads without contacts.</summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddScoped<BackOfficeMeetings>();
        services.AddScoped<PublicMeetings>();
        services.AddReviewedKind<MeetingInvitationReview>();
        services.AddReviewedKind<MeetingRecordReview>();
        services.AddSearchableKind<MeetingSearch>();
        return services;
    }
}
