using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Policies;

public sealed class PoliciesOnPostgres(PostgresSite site) : PoliciesBehaviour(site), IClassFixture<PostgresSite>;
