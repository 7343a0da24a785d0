using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Accounts;

// Every accounts behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class UsersOnSqlite(SqliteSite site) : UsersBehaviour(site), IClassFixture<SqliteSite>;
public sealed class UsersOnPostgres(PostgresSite site) : UsersBehaviour(site), IClassFixture<PostgresSite>;
public sealed class AccountEvidenceOnSqlite(SqliteSite site) : AccountEvidenceBehaviour(site), IClassFixture<SqliteSite>;
public sealed class AccountEvidenceOnPostgres(PostgresSite site) : AccountEvidenceBehaviour(site), IClassFixture<PostgresSite>;
public sealed class AuthorisationMatrixOnSqlite(SqliteSite site) : AuthorisationMatrixBehaviour(site), IClassFixture<SqliteSite>;
public sealed class AuthorisationMatrixOnPostgres(PostgresSite site) : AuthorisationMatrixBehaviour(site), IClassFixture<PostgresSite>;
public sealed class SecondFactorOnSqlite(SqliteSite site) : SecondFactorBehaviour(site), IClassFixture<SqliteSite>;
public sealed class SecondFactorOnPostgres(PostgresSite site) : SecondFactorBehaviour(site), IClassFixture<PostgresSite>;
public sealed class SignInAnswerOnSqlite(SqliteSite site) : SignInAnswerBehaviour(site), IClassFixture<SqliteSite>;
public sealed class SignInAnswerOnPostgres(PostgresSite site) : SignInAnswerBehaviour(site), IClassFixture<PostgresSite>;
public sealed class PasswordChangeOnSqlite(SqliteSite site) : PasswordChangeBehaviour(site), IClassFixture<SqliteSite>;
public sealed class PasswordChangeOnPostgres(PostgresSite site) : PasswordChangeBehaviour(site), IClassFixture<PostgresSite>;
public sealed class SignInThrottleOnSqlite(ThrottledSqliteSite site) : SignInThrottleBehaviour(site), IClassFixture<ThrottledSqliteSite>;
public sealed class SignInThrottleOnPostgres(ThrottledPostgresSite site) : SignInThrottleBehaviour(site), IClassFixture<ThrottledPostgresSite>;

/// <summary>Sites whose sign-in throttle allows three posts per window, instead of the tests' usual unlimited.</summary>
public sealed class ThrottledSqliteSite() : SiteFixture(DatabaseUnderTest.NewSqlite(), "", SignInThrottleBehaviour.Settings);
public sealed class ThrottledPostgresSite() : SiteFixture(DatabaseUnderTest.NewPostgres(),
    $"PostgreSQL not available: {DatabaseUnderTest.PostgresVariable} is not set.", SignInThrottleBehaviour.Settings);
