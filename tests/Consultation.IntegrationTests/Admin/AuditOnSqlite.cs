using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Admin;

public sealed class AuditOnSqlite(SqliteSite site) : AuditBehaviour(site), IClassFixture<SqliteSite>;
