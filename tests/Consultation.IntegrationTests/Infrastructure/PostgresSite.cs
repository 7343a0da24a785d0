namespace Consultation.IntegrationTests.Infrastructure;

public sealed class PostgresSite() : SiteFixture(DatabaseUnderTest.NewPostgres(),
    $"PostgreSQL not available: {DatabaseUnderTest.PostgresVariable} is not set (test.sh sets it when it can start a server).");
