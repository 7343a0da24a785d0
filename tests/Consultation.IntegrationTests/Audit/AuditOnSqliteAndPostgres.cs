using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Audit;

// Every audit behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class AuditOnSqlite(SqliteSite site) : AuditBehaviour(site), IClassFixture<SqliteSite>;
public sealed class AuditOnPostgres(PostgresSite site) : AuditBehaviour(site), IClassFixture<PostgresSite>;
public sealed class AuditChainOnSqlite(SqliteSite site) : AuditChainBehaviour(site), IClassFixture<SqliteSite>;
public sealed class AuditChainOnPostgres(PostgresSite site) : AuditChainBehaviour(site), IClassFixture<PostgresSite>;
public sealed class AuditTamperingOnSqlite(SqliteSite site) : AuditTamperingBehaviour(site), IClassFixture<SqliteSite>;
public sealed class AuditTamperingOnPostgres(PostgresSite site) : AuditTamperingBehaviour(site), IClassFixture<PostgresSite>;
