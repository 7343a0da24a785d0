using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Admin;

public sealed class UsersOnPostgres(PostgresSite site) : UsersBehaviour(site), IClassFixture<PostgresSite>;
