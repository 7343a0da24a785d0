using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Admin;

public sealed class ReviewQueueOnPostgres(PostgresSite site) : ReviewQueueBehaviour(site), IClassFixture<PostgresSite>;
