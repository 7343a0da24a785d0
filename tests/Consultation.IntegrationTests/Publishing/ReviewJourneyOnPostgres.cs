using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Publishing;

public sealed class ReviewJourneyOnPostgres(PostgresSite site) : ReviewJourneyBehaviour(site), IClassFixture<PostgresSite>;
