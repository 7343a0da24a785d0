using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Publishing;

public sealed class ScheduledPublishingOnSqlite(SqliteSite site) : ScheduledPublishingBehaviour(site), IClassFixture<SqliteSite>;
