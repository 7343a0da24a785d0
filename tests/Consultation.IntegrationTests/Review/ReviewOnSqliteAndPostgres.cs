using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Review;

// Every review behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class ReviewJourneyOnSqlite(SqliteSite site) : ReviewJourneyBehaviour(site), IClassFixture<SqliteSite>;
public sealed class ReviewJourneyOnPostgres(PostgresSite site) : ReviewJourneyBehaviour(site), IClassFixture<PostgresSite>;
public sealed class ReviewQueueOnSqlite(SqliteSite site) : ReviewQueueBehaviour(site), IClassFixture<SqliteSite>;
public sealed class ReviewQueueOnPostgres(PostgresSite site) : ReviewQueueBehaviour(site), IClassFixture<PostgresSite>;
public sealed class ConcurrencyOnSqlite(SqliteSite site) : ConcurrencyBehaviour(site), IClassFixture<SqliteSite>;
public sealed class ConcurrencyOnPostgres(PostgresSite site) : ConcurrencyBehaviour(site), IClassFixture<PostgresSite>;
public sealed class ReviewPreviewOnSqlite(SqliteSite site) : ReviewPreviewBehaviour(site), IClassFixture<SqliteSite>;
public sealed class ReviewPreviewOnPostgres(PostgresSite site) : ReviewPreviewBehaviour(site), IClassFixture<PostgresSite>;
