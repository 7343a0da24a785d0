using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Catalog;

public sealed class CatalogOnPostgres(PostgresSite site) : CatalogBehaviour(site), IClassFixture<PostgresSite>;
