namespace Consultation.Infrastructure.Feeds;

/// <summary>The three consultation feeds: newly published, open and closing soon, closed.</summary>
public enum ConsultationFeed
{
    New = 0,
    ClosingSoon = 1,
    Closed = 2,
}
