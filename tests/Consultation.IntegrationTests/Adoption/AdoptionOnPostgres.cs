using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Adoption;

public sealed class AdoptionOnPostgres(PostgresSite site) : AdoptionBehaviour(site), IClassFixture<PostgresSite>;
