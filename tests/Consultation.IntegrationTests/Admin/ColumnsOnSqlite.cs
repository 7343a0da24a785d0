using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Admin;

public sealed class ColumnsOnSqlite(SqliteSite site) : ColumnsBehaviour(site), IClassFixture<SqliteSite>;
