using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Meetings;

// Every meetings behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class MeetingsOnSqlite(SqliteSite site) : MeetingsBehaviour(site), IClassFixture<SqliteSite>;
public sealed class MeetingsOnPostgres(PostgresSite site) : MeetingsBehaviour(site), IClassFixture<PostgresSite>;
