using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Caching;

// The page cache behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class PageCacheOnSqlite(SqliteSite site) : PageCacheBehaviour(site), IClassFixture<SqliteSite>;
public sealed class PageCacheOnPostgres(PostgresSite site) : PageCacheBehaviour(site), IClassFixture<PostgresSite>;

public sealed class PublicFormsKeepTypedTextOnSqlite(SqliteSite site) : PublicFormsKeepTypedTextBehaviour(site), IClassFixture<SqliteSite>;
public sealed class PublicFormsKeepTypedTextOnPostgres(PostgresSite site) : PublicFormsKeepTypedTextBehaviour(site), IClassFixture<PostgresSite>;
