using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Publishing;

public sealed class ScheduledPublishingOnPostgres(PostgresSite site) : ScheduledPublishingBehaviour(site), IClassFixture<PostgresSite>;
