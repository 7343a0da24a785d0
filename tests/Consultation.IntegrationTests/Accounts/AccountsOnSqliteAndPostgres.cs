using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Accounts;

// Every accounts behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class UsersOnSqlite(SqliteSite site) : UsersBehaviour(site), IClassFixture<SqliteSite>;
public sealed class UsersOnPostgres(PostgresSite site) : UsersBehaviour(site), IClassFixture<PostgresSite>;
public sealed class AccountEvidenceOnSqlite(SqliteSite site) : AccountEvidenceBehaviour(site), IClassFixture<SqliteSite>;
public sealed class AccountEvidenceOnPostgres(PostgresSite site) : AccountEvidenceBehaviour(site), IClassFixture<PostgresSite>;
