using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Publishing;

public sealed class ReviewJourneyOnSqlite(SqliteSite site) : ReviewJourneyBehaviour(site), IClassFixture<SqliteSite>;
