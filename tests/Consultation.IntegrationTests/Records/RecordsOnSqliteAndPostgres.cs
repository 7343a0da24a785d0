using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Records;

// Every decision-record behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class RecordsOnSqlite(SqliteSite site) : RecordsBehaviour(site), IClassFixture<SqliteSite>;
public sealed class RecordsOnPostgres(PostgresSite site) : RecordsBehaviour(site), IClassFixture<PostgresSite>;
