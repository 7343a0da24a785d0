using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Messages;

// Every messages behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class MessagesOnSqlite(SqliteSite site) : MessagesBehaviour(site), IClassFixture<SqliteSite>;
public sealed class MessagesOnPostgres(PostgresSite site) : MessagesBehaviour(site), IClassFixture<PostgresSite>;
