using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Policies;

// Every policies behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class PoliciesOnSqlite(SqliteSite site) : PoliciesBehaviour(site), IClassFixture<SqliteSite>;
public sealed class PoliciesOnPostgres(PostgresSite site) : PoliciesBehaviour(site), IClassFixture<PostgresSite>;
