using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Responses;

// Every responses behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class ResponsesOnSqlite(SqliteSite site) : ResponsesBehaviour(site), IClassFixture<SqliteSite>;
public sealed class ResponsesOnPostgres(PostgresSite site) : ResponsesBehaviour(site), IClassFixture<PostgresSite>;
