using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Admin;

public sealed class UsersOnSqlite(SqliteSite site) : UsersBehaviour(site), IClassFixture<SqliteSite>;
