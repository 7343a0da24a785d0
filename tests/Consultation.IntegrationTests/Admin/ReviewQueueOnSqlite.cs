using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Admin;

public sealed class ReviewQueueOnSqlite(SqliteSite site) : ReviewQueueBehaviour(site), IClassFixture<SqliteSite>;
