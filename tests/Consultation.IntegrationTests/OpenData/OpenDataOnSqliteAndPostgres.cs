using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.OpenData;

// The open-data API and the Atom feeds run on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class OpenDataOnSqlite(SqliteSite site) : OpenDataBehaviour(site), IClassFixture<SqliteSite>;
public sealed class OpenDataOnPostgres(PostgresSite site) : OpenDataBehaviour(site), IClassFixture<PostgresSite>;
public sealed class FeedsOnSqlite(SqliteSite site) : FeedsBehaviour(site), IClassFixture<SqliteSite>;
public sealed class FeedsOnPostgres(PostgresSite site) : FeedsBehaviour(site), IClassFixture<PostgresSite>;
