using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.WorkPoints;

public sealed class WorkPointsOnPostgres(PostgresSite site) : WorkPointsBehaviour(site), IClassFixture<PostgresSite>;
