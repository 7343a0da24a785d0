using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Public;

public sealed class PublicSiteOnPostgres(PostgresSite site) : PublicSiteBehaviour(site), IClassFixture<PostgresSite>;
