using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Evaluations;

public sealed class EvaluationsOnSqlite(SqliteSite site) : EvaluationsBehaviour(site), IClassFixture<SqliteSite>;
