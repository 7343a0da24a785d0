using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Seeding;

// Data-generation behaviours run on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class DataGenerationOnSqlite(SqliteSite site) : DataGenerationBehaviour(site), IClassFixture<SqliteSite>;
public sealed class DataGenerationOnPostgres(PostgresSite site) : DataGenerationBehaviour(site), IClassFixture<PostgresSite>;
