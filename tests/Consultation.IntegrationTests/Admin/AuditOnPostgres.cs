using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Admin;

public sealed class AuditOnPostgres(PostgresSite site) : AuditBehaviour(site), IClassFixture<PostgresSite>;
