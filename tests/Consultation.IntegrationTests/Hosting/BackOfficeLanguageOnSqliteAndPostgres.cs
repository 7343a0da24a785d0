using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Hosting;

// The language check runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class BackOfficeLanguageOnSqlite(SqliteSite site) : BackOfficeLanguageBehaviour(site), IClassFixture<SqliteSite>;
public sealed class BackOfficeLanguageOnPostgres(PostgresSite site) : BackOfficeLanguageBehaviour(site), IClassFixture<PostgresSite>;
