using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Evaluations;

public sealed class EvaluationsOnPostgres(PostgresSite site) : EvaluationsBehaviour(site), IClassFixture<PostgresSite>;
