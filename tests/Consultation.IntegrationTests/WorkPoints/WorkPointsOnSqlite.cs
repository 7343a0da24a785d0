using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.WorkPoints;

public sealed class WorkPointsOnSqlite(SqliteSite site) : WorkPointsBehaviour(site), IClassFixture<SqliteSite>;
