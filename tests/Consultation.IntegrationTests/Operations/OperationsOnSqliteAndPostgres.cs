using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Operations;

// Every operations behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class BackupDrillOnSqlite(SqliteSite site) : BackupDrillBehaviour(site), IClassFixture<SqliteSite>;
public sealed class BackupDrillOnPostgres(PostgresSite site) : BackupDrillBehaviour(site), IClassFixture<PostgresSite>;
public sealed class HealthOnSqlite(SqliteSite site) : HealthBehaviour(site), IClassFixture<SqliteSite>;
public sealed class HealthOnPostgres(PostgresSite site) : HealthBehaviour(site), IClassFixture<PostgresSite>;
