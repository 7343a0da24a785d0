using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Performance;

// Query-shape behaviours run on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class QueryShapeOnSqlite(SqliteSite site) : QueryShapeBehaviour(site), IClassFixture<SqliteSite>;
public sealed class QueryShapeOnPostgres(PostgresSite site) : QueryShapeBehaviour(site), IClassFixture<PostgresSite>;
public sealed class ListPagingShapeOnSqlite(SqliteSite site) : ListPagingShapeBehaviour(site), IClassFixture<SqliteSite>;
public sealed class ListPagingShapeOnPostgres(PostgresSite site) : ListPagingShapeBehaviour(site), IClassFixture<PostgresSite>;
