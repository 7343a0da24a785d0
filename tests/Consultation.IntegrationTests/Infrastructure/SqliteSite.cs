namespace Consultation.IntegrationTests.Infrastructure;

public sealed class SqliteSite() : SiteFixture(DatabaseUnderTest.NewSqlite(), "");
