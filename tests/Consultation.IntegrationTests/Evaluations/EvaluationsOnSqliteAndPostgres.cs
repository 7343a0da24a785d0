using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Evaluations;

// Every evaluations behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class EvaluationsOnSqlite(SqliteSite site) : EvaluationsBehaviour(site), IClassFixture<SqliteSite>;
public sealed class EvaluationsOnPostgres(PostgresSite site) : EvaluationsBehaviour(site), IClassFixture<PostgresSite>;
