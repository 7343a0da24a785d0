using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Catalog;

// Every catalog behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class CatalogOnSqlite(SqliteSite site) : CatalogBehaviour(site), IClassFixture<SqliteSite>;
public sealed class CatalogOnPostgres(PostgresSite site) : CatalogBehaviour(site), IClassFixture<PostgresSite>;
public sealed class CatalogFollowsDecisionOnSqlite(SqliteSite site) : CatalogFollowsDecisionBehaviour(site), IClassFixture<SqliteSite>;
public sealed class CatalogFollowsDecisionOnPostgres(PostgresSite site) : CatalogFollowsDecisionBehaviour(site), IClassFixture<PostgresSite>;
