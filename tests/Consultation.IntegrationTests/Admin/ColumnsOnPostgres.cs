using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Admin;

public sealed class ColumnsOnPostgres(PostgresSite site) : ColumnsBehaviour(site), IClassFixture<PostgresSite>;
