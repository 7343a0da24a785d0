using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Adoption;

// Every adoption behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class AdoptionOnSqlite(SqliteSite site) : AdoptionBehaviour(site), IClassFixture<SqliteSite>;
public sealed class AdoptionOnPostgres(PostgresSite site) : AdoptionBehaviour(site), IClassFixture<PostgresSite>;
public sealed class WorkbenchOnSqlite(SqliteSite site) : WorkbenchBehaviour(site), IClassFixture<SqliteSite>;
public sealed class WorkbenchOnPostgres(PostgresSite site) : WorkbenchBehaviour(site), IClassFixture<PostgresSite>;
