using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Records;

// Every decision-record behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class RecordsOnSqlite(SqliteSite site) : RecordsBehaviour(site), IClassFixture<SqliteSite>;
public sealed class RecordsOnPostgres(PostgresSite site) : RecordsBehaviour(site), IClassFixture<PostgresSite>;
public sealed class YouSaidWeDidOnSqlite(SqliteSite site) : YouSaidWeDidBehaviour(site), IClassFixture<SqliteSite>;
public sealed class YouSaidWeDidOnPostgres(PostgresSite site) : YouSaidWeDidBehaviour(site), IClassFixture<PostgresSite>;
public sealed class DownloadsOnSqlite(SqliteSite site) : DownloadsBehaviour(site), IClassFixture<SqliteSite>;
public sealed class DownloadsOnPostgres(PostgresSite site) : DownloadsBehaviour(site), IClassFixture<PostgresSite>;
