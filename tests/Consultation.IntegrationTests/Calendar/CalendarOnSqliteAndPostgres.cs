using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Calendar;

// Every calendar behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class CalendarOnSqlite(SqliteSite site) : CalendarBehaviour(site), IClassFixture<SqliteSite>;
public sealed class CalendarOnPostgres(PostgresSite site) : CalendarBehaviour(site), IClassFixture<PostgresSite>;
