using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Catalog;

public sealed class CatalogOnSqlite(SqliteSite site) : CatalogBehaviour(site), IClassFixture<SqliteSite>;
