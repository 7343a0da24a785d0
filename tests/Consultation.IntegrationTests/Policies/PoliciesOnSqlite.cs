using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Policies;

public sealed class PoliciesOnSqlite(SqliteSite site) : PoliciesBehaviour(site), IClassFixture<SqliteSite>;
