using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Disclosure;

// Every disclosure behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class DisclosureOnSqlite(SqliteSite site) : DisclosureBehaviour(site), IClassFixture<SqliteSite>;
public sealed class DisclosureOnPostgres(PostgresSite site) : DisclosureBehaviour(site), IClassFixture<PostgresSite>;
