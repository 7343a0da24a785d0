using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.WorkPoints;

// Every workpoints behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class WorkPointsOnSqlite(SqliteSite site) : WorkPointsBehaviour(site), IClassFixture<SqliteSite>;
public sealed class WorkPointsOnPostgres(PostgresSite site) : WorkPointsBehaviour(site), IClassFixture<PostgresSite>;
