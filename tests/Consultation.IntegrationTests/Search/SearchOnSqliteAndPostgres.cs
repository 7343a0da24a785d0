using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Search;

// Every search behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class SearchOnSqlite(SqliteSite site) : SearchBehaviour(site), IClassFixture<SqliteSite>;
public sealed class SearchOnPostgres(PostgresSite site) : SearchBehaviour(site), IClassFixture<PostgresSite>;
