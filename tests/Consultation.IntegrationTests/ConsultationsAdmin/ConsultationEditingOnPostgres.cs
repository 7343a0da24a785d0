using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.ConsultationsAdmin;

public sealed class ConsultationEditingOnPostgres(PostgresSite site) : ConsultationEditingBehaviour(site), IClassFixture<PostgresSite>;
