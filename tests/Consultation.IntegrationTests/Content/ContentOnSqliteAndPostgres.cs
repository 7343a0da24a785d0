using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Content;

// Every content behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class ColumnsOnSqlite(SqliteSite site) : ColumnsBehaviour(site), IClassFixture<SqliteSite>;
public sealed class ColumnsOnPostgres(PostgresSite site) : ColumnsBehaviour(site), IClassFixture<PostgresSite>;
public sealed class PublicSiteOnSqlite(SqliteSite site) : PublicSiteBehaviour(site), IClassFixture<SqliteSite>;
public sealed class PublicSiteOnPostgres(PostgresSite site) : PublicSiteBehaviour(site), IClassFixture<PostgresSite>;
public sealed class ScheduledPublishingOnSqlite(SqliteSite site) : ScheduledPublishingBehaviour(site), IClassFixture<SqliteSite>;
public sealed class ScheduledPublishingOnPostgres(PostgresSite site) : ScheduledPublishingBehaviour(site), IClassFixture<PostgresSite>;
