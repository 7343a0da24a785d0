using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Subscriptions;

public sealed class SqliteMailSite() : MailSite(DatabaseUnderTest.NewSqlite(), "", new MailCatcher());

public sealed class PostgresMailSite() : MailSite(DatabaseUnderTest.NewPostgres(),
    $"PostgreSQL not available: {DatabaseUnderTest.PostgresVariable} is not set (test.sh sets it when it can start a server).",
    new MailCatcher());

// Every subscriptions behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class SubscriptionsOnSqlite(SqliteMailSite site) : SubscriptionsBehaviour(site), IClassFixture<SqliteMailSite>;
public sealed class SubscriptionsOnPostgres(PostgresMailSite site) : SubscriptionsBehaviour(site), IClassFixture<PostgresMailSite>;
public sealed class CommenterNoticesOnSqlite(SqliteMailSite site) : CommenterNoticesBehaviour(site), IClassFixture<SqliteMailSite>;
public sealed class CommenterNoticesOnPostgres(PostgresMailSite site) : CommenterNoticesBehaviour(site), IClassFixture<PostgresMailSite>;
