using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Public;

public sealed class PublicSiteOnSqlite(SqliteSite site) : PublicSiteBehaviour(site), IClassFixture<SqliteSite>;
