using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.ConsultationsAdmin;

public sealed class ConsultationEditingOnSqlite(SqliteSite site) : ConsultationEditingBehaviour(site), IClassFixture<SqliteSite>;
