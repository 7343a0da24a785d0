using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Adoption;

public sealed class AdoptionOnSqlite(SqliteSite site) : AdoptionBehaviour(site), IClassFixture<SqliteSite>;
