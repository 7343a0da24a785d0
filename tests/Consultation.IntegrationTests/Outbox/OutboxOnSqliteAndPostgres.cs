using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Outbox;

// Every outbox behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class OutboxOnSqlite(SqliteSite site) : OutboxBehaviour(site), IClassFixture<SqliteSite>;
public sealed class OutboxOnPostgres(PostgresSite site) : OutboxBehaviour(site), IClassFixture<PostgresSite>;
